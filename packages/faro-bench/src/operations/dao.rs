//! Governance: FRO staked in the DAO, a proposal, a vote that passes it, its execution.
//!
//! Governance holds all FRO at launch; a proposer's power counts as its yes vote, so a
//! proposal by the only staker would pass at once and leave no vote to measure. Carol
//! (governance) therefore gives Alice 60% of the FRO first: Carol's proposal, with 40%,
//! stays open until Alice's yes vote passes it. The gift is cw20-base's own `transfer`,
//! the chain's floor for a token transfer.

use anyhow::{ensure, Context, Result};
use cosmwasm_std::{to_json_binary, CosmosMsg, Uint128, WasmMsg};
use faro_client::deploy::Deployment;
use faro_client::{Client, ExecuteCall};
use faro_types::dao::{self, ConfigUpdate, ProposalResponse, Status, Vote};
use faro_types::launch::FRO_SUPPLY;

use crate::bench::Bench;
use crate::sample::Section;

pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<()> {
    let (carol, alice) = (&bench.keys.carol, &bench.keys.alice);
    let (fro, dao_addr) = (&deployment.contracts.fro, &deployment.contracts.dao);
    let (client, recorder) = (&bench.client, &mut bench.recorder);
    let alice_share = FRO_SUPPLY.multiply_ratio(60u128, 100u128);
    let carol_share = FRO_SUPPLY - alice_share;

    let gift = cw20::Cw20ExecuteMsg::Transfer {
        recipient: alice.address().to_string(),
        amount: alice_share,
    };
    let gift = ExecuteCall::new(fro, &gift, vec![])?;
    recorder
        .execute(client, carol, gift, Section::Anchor, "cw20_base_transfer")
        .await?;

    let carol_stake = stake(deployment, carol_share)?;
    recorder
        .execute(client, carol, carol_stake, Section::Operation, "dao_stake")
        .await?;
    let alice_stake = stake(deployment, alice_share)?;
    client
        .execute_batch(alice, &[alice_stake])
        .await
        .context("DAO stake")?;

    // Runs as the DAO and changes nothing: the voting period it already has.
    let config: dao::Config = client
        .query_smart(dao_addr, &dao::QueryMsg::Config {})
        .await?;
    let update = dao::ExecuteMsg::UpdateConfig(ConfigUpdate {
        voting_period: Some(config.voting_period),
        ..ConfigUpdate::default()
    });
    let propose = dao::ExecuteMsg::Propose {
        title: "Keep the voting period".to_string(),
        description: "Benchmark proposal: sets the voting period it already has.".to_string(),
        msgs: vec![CosmosMsg::Wasm(WasmMsg::Execute {
            contract_addr: dao_addr.clone(),
            msg: to_json_binary(&update)?,
            funds: vec![],
        })],
        earliest: None,
        latest: None,
    };
    let propose = ExecuteCall::new(dao_addr, &propose, vec![])?;
    let outcome = recorder
        .execute(client, carol, propose, Section::Operation, "dao_propose")
        .await?;
    let proposal_id: u64 = outcome
        .attribute("wasm", "proposal_id")
        .context("the proposal's id in the propose tx")?
        .parse()?;
    ensure_status(client, dao_addr, proposal_id, Status::Open).await?;

    let vote = dao::ExecuteMsg::Vote {
        proposal_id,
        vote: Vote::Yes,
    };
    let vote = ExecuteCall::new(dao_addr, &vote, vec![])?;
    recorder
        .execute(client, alice, vote, Section::Operation, "dao_vote")
        .await?;
    ensure_status(client, dao_addr, proposal_id, Status::Passed).await?;

    let execute = ExecuteCall::new(dao_addr, &dao::ExecuteMsg::Execute { proposal_id }, vec![])?;
    recorder
        .execute(client, carol, execute, Section::Operation, "dao_execute")
        .await?;
    ensure_status(client, dao_addr, proposal_id, Status::Executed).await
}

/// A FRO `Send` to the DAO that stakes it.
fn stake(deployment: &Deployment, amount: Uint128) -> Result<ExecuteCall> {
    let send = cw20::Cw20ExecuteMsg::Send {
        contract: deployment.contracts.dao.clone(),
        amount,
        msg: to_json_binary(&dao::ReceiveMsg::Stake {})?,
    };
    Ok(ExecuteCall::new(&deployment.contracts.fro, &send, vec![])?)
}

async fn ensure_status(client: &Client, dao_addr: &str, id: u64, expected: Status) -> Result<()> {
    let proposal: ProposalResponse = client
        .query_smart(dao_addr, &dao::QueryMsg::Proposal { proposal_id: id })
        .await?;
    ensure!(
        proposal.status == expected,
        "proposal {id} is {:?}, expected {expected:?}",
        proposal.status
    );
    Ok(())
}
