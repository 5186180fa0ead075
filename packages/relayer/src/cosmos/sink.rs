//! `ChainSink`: the follower's actions as transactions on the Faro chain.
//!
//! A page's actions are first checked against the contracts ([`standing`]); what they
//! already hold is skipped. The rest go `batch_size` executes to a tx, in L1 order, with the
//! proposals' fees attached. A tx a contract refuses is split and its actions sent one by
//! one, so that one bad action (a proof of a block the pool never took, say) is logged and
//! counted as refused instead of holding up the others for ever. Any other failure returns
//! to the follower, which keeps its checkpoint and hands the page again.

use std::sync::Arc;

use cosmwasm_std::{coins, Coin, Uint128};
use faro_client::{Client, ClientError, ExecuteCall, Signer};
use faro_types::prover_pool;
use tracing::{error, info, warn};

use super::fees::{top_up, FeeError};
use super::refusal::is_refusal;
use super::standing::{standing, Contracts, Standing};
use crate::l1::action::{Action, Relayed};
use crate::l1::sink::{ActionSink, SinkError};
use crate::status::{add, Metrics};

pub struct ChainSink {
    client: Client,
    signer: Signer,
    prover_pool: String,
    oracle: String,
    /// The denom the prover pool takes fees in.
    fee_denom: String,
    batch_size: usize,
    metrics: Arc<Metrics>,
}

#[derive(thiserror::Error, Debug)]
pub enum ChainSinkError {
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    Fee(#[from] FeeError),
}

impl ChainSink {
    /// A sink for the contracts at these addresses; asks the pool for its fee denom.
    pub async fn new(
        client: Client,
        signer: Signer,
        prover_pool: String,
        oracle: String,
        batch_size: usize,
        metrics: Arc<Metrics>,
    ) -> Result<Self, ClientError> {
        let config: prover_pool::Config = client
            .query_smart(&prover_pool, &prover_pool::QueryMsg::Config {})
            .await?;
        Ok(Self {
            client,
            signer,
            prover_pool,
            oracle,
            fee_denom: config.fee_denom,
            batch_size: batch_size.max(1),
            metrics,
        })
    }

    /// The actions the contracts do not hold yet, in order.
    async fn unsent(&self, actions: Vec<Relayed>) -> Result<Vec<Relayed>, ClientError> {
        let contracts = Contracts {
            prover_pool: &self.prover_pool,
            oracle: &self.oracle,
            relayer: self.signer.address(),
        };
        let mut unsent = Vec::with_capacity(actions.len());
        for relayed in actions {
            match standing(&self.client, &contracts, &relayed.action).await? {
                Standing::New => unsent.push(relayed),
                Standing::OnChain => add(&self.metrics.actions_skipped, 1),
                Standing::Differs(what) => {
                    add(&self.metrics.actions_skipped, 1);
                    warn!(
                        l1_block = relayed.origin.block_number,
                        l1_tx = %relayed.origin.transaction_hash,
                        "{what}; the chain's version stands"
                    );
                }
            }
        }
        Ok(unsent)
    }

    /// Sends `batch` in one tx; on a contract's refusal, each action alone.
    async fn send(&self, batch: &[Relayed]) -> Result<(), ChainSinkError> {
        match self.execute(batch).await {
            Ok(()) => Ok(()),
            Err(ChainSinkError::Client(refused)) if is_refusal(&refused) => {
                if let [relayed] = batch {
                    add(&self.metrics.actions_refused, 1);
                    error!(
                        l1_block = relayed.origin.block_number,
                        l1_tx = %relayed.origin.transaction_hash,
                        log_index = relayed.origin.log_index,
                        action = ?relayed.action,
                        "refused by the contract, not sent again: {refused}"
                    );
                    return Ok(());
                }
                for relayed in batch {
                    Box::pin(self.send(std::slice::from_ref(relayed))).await?;
                }
                Ok(())
            }
            Err(other) => Err(other),
        }
    }

    async fn execute(&self, batch: &[Relayed]) -> Result<(), ChainSinkError> {
        let mut calls = batch
            .iter()
            .map(|relayed| self.call(&relayed.action))
            .collect::<Result<Vec<_>, _>>()?;
        let proposals = batch.iter().filter_map(|relayed| match &relayed.action {
            Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock { gas_used, .. }) => {
                Some(*gas_used)
            }
            _ => None,
        });
        let funds = self.fees_for(proposals.collect()).await?;
        if let Some(first_proposal) = calls.iter_mut().zip(batch).find_map(|(call, relayed)| {
            matches!(
                relayed.action,
                Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock { .. })
            )
            .then_some(call)
        }) {
            first_proposal.funds = funds;
        }
        let outcome = self.client.execute_batch(&self.signer, &calls).await?;
        add(&self.metrics.txs_sent, 1);
        for relayed in batch {
            add(self.counter(&relayed.action), 1);
        }
        info!(
            tx = %outcome.hash,
            height = outcome.height,
            gas_used = outcome.gas_used,
            actions = batch.len(),
            l1_from = batch.first().map(|r| r.origin.block_number),
            l1_to = batch.last().map(|r| r.origin.block_number),
            "sent"
        );
        Ok(())
    }

    /// What the batch's proposals need beyond the relayer's fee deposit.
    async fn fees_for(&self, gas_used: Vec<u64>) -> Result<Vec<Coin>, ChainSinkError> {
        if gas_used.is_empty() {
            return Ok(vec![]);
        }
        let pool: prover_pool::PoolResponse = self
            .client
            .query_smart(&self.prover_pool, &prover_pool::QueryMsg::Pool {})
            .await?;
        let deposit: Uint128 = self
            .client
            .query_smart(
                &self.prover_pool,
                &prover_pool::QueryMsg::FeeDeposit {
                    address: self.signer.address().to_string(),
                },
            )
            .await?;
        let missing = top_up(gas_used, pool.fee_per_gas, deposit)?;
        Ok(match missing.is_zero() {
            true => vec![],
            false => coins(missing.u128(), &self.fee_denom),
        })
    }

    fn call(&self, action: &Action) -> Result<ExecuteCall, ClientError> {
        match action {
            Action::ProverPool(msg) => ExecuteCall::new(&self.prover_pool, msg, vec![]),
            Action::Oracle(msg) => ExecuteCall::new(&self.oracle, msg, vec![]),
        }
    }

    fn counter(&self, action: &Action) -> &std::sync::atomic::AtomicU64 {
        match action {
            Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock { .. }) => {
                &self.metrics.proposals_sent
            }
            Action::ProverPool(_) => &self.metrics.proofs_sent,
            Action::Oracle(_) => &self.metrics.reports_sent,
        }
    }
}

impl ActionSink for ChainSink {
    async fn deliver(&mut self, actions: Vec<Relayed>) -> Result<(), SinkError> {
        let handed = actions.len();
        let unsent = self.unsent(actions).await.map_err(sink_error)?;
        if unsent.len() < handed {
            info!(
                handed,
                on_chain = handed - unsent.len(),
                "actions the contracts already hold are not sent again"
            );
        }
        for batch in unsent.chunks(self.batch_size) {
            self.send(batch).await.map_err(sink_error)?;
        }
        Ok(())
    }
}

fn sink_error(error: impl std::error::Error + Send + Sync + 'static) -> SinkError {
    SinkError(Box::new(error))
}
