//! Whether a contract already holds an action. A follower restarted mid-delivery hands a
//! page again and a deep L1 reorg replays blocks; asking the contracts, not a local record,
//! keeps the relayer from sending anything twice whatever it remembers.

use faro_client::{Client, ClientError};
use faro_types::pagination::MAX_LIMIT;
use faro_types::{oracle, prover_pool};

use crate::l1::action::Action;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Not on chain yet: send it.
    New,
    /// Already on chain, as this action says it.
    OnChain,
    /// On chain with other content: L1 said one thing, then another. Not sent; logged.
    Differs(String),
}

pub struct Contracts<'a> {
    pub prover_pool: &'a str,
    pub oracle: &'a str,
    /// The relayer's own address: the oracle member whose submissions count.
    pub relayer: &'a str,
}

pub async fn standing(
    client: &Client,
    contracts: &Contracts<'_>,
    action: &Action,
) -> Result<Standing, ClientError> {
    match action {
        Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock {
            block_id, gas_used, ..
        }) => Ok(match block(client, contracts, *block_id).await? {
            None => Standing::New,
            Some(block) if block.gas_used == *gas_used => Standing::OnChain,
            Some(block) => Standing::Differs(format!(
                "block {block_id} is on chain with {} gas, L1 now says {gas_used}",
                block.gas_used
            )),
        }),
        Action::ProverPool(prover_pool::ExecuteMsg::ProveBlock {
            block_id, prover, ..
        }) => {
            let settlement = block(client, contracts, *block_id)
                .await?
                .and_then(|block| block.settlement);
            Ok(match settlement {
                None => Standing::New,
                Some(settled) if settled.prover.as_str() == prover => Standing::OnChain,
                Some(settled) => Standing::Differs(format!(
                    "block {block_id} is settled to {}, L1 now says {prover}",
                    settled.prover
                )),
            })
        }
        Action::ProverPool(_) => Ok(Standing::New),
        Action::Oracle(oracle::ExecuteMsg::Submit { report }) => {
            report_standing(client, contracts, report.epoch).await
        }
        Action::Oracle(_) => Ok(Standing::New),
    }
}

async fn block(
    client: &Client,
    contracts: &Contracts<'_>,
    block_id: u64,
) -> Result<Option<prover_pool::Block>, ClientError> {
    client
        .query_smart(
            contracts.prover_pool,
            &prover_pool::QueryMsg::Block { block_id },
        )
        .await
}

/// An epoch the oracle has made final, or one the relayer has voted on, takes no report.
async fn report_standing(
    client: &Client,
    contracts: &Contracts<'_>,
    epoch: u64,
) -> Result<Standing, ClientError> {
    let progress: oracle::Progress = client
        .query_smart(contracts.oracle, &oracle::QueryMsg::Progress {})
        .await?;
    if progress.last_final.is_some_and(|last| last >= epoch) {
        return Ok(Standing::OnChain);
    }
    const _: () = assert!(oracle::MAX_MEMBERS <= MAX_LIMIT as usize);
    // The member set is bounded below the page size, so one page holds every voter.
    let voted: oracle::SubmissionsResponse = client
        .query_smart(
            contracts.oracle,
            &oracle::QueryMsg::Submissions {
                epoch,
                start_after: None,
                limit: Some(MAX_LIMIT),
            },
        )
        .await?;
    Ok(
        match voted
            .submissions
            .iter()
            .any(|vote| vote.voter == contracts.relayer)
        {
            true => Standing::OnChain,
            false => Standing::New,
        },
    )
}
