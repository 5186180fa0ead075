//! The life of a tx: account and sequence, simulated gas, signature, broadcast, inclusion.

use cosmrs::proto::cosmos::tx::v1beta1::{SimulateRequest, SimulateResponse};
use cosmrs::proto::prost::Message;
use cosmrs::rpc::endpoint::broadcast::tx_sync;
use cosmrs::tendermint::Hash;
use cosmrs::Any;
use tokio::time::{sleep, Instant};

use crate::account::{query_account, Account};
use crate::client::Client;
use crate::error::{ClientError, Result, TxStage};
use crate::outcome::TxOutcome;
use crate::signer::Signer;
use crate::tx::{sign, tx_hash, TxFee};

const SIMULATE: &str = "/cosmos.tx.v1beta1.Service/Simulate";
/// The SDK's `ErrWrongSequence`: another tx used the sequence we counted on.
const WRONG_SEQUENCE: u32 = 32;
/// The SDK's `ErrInsufficientFunds`; in `CheckTx` only the fee can cause it.
const INSUFFICIENT_FUNDS: u32 = 5;
/// CometBFT's answer to a tx it already holds.
const ALREADY_IN_MEMPOOL: &str = "tx already exists in cache";

impl Client {
    /// Signs `msgs` in one tx, broadcasts it and waits until a block includes it.
    pub async fn submit(&self, signer: &Signer, msgs: Vec<Any>) -> Result<TxOutcome> {
        match self.submit_once(signer, &msgs).await {
            Err(error) if is_wrong_sequence(&error) => {
                self.sequences.forget(signer.address());
                self.submit_once(signer, &msgs).await
            }
            result => result,
        }
    }

    async fn submit_once(&self, signer: &Signer, msgs: &[Any]) -> Result<TxOutcome> {
        let account = self.account(signer.address()).await?;
        let fee = self.estimate_fee(signer, account, msgs).await?;
        let tx = sign(signer, &self.chain_id, account, msgs, &fee)?;
        let hash = tx_hash(&tx);
        match self.node.broadcast_sync(tx).await {
            Ok(sent) if sent.code.is_err() => {
                return Err(self.check_tx_failure(signer, &fee, sent).await);
            }
            Ok(_) => {}
            // A retried broadcast whose first answer was lost: the tx is in.
            Err(ClientError::Rpc { reason, .. }) if reason.contains(ALREADY_IN_MEMPOOL) => {}
            Err(error) => return Err(error),
        }
        self.sequences.advance(signer.address());
        match self.wait_for_inclusion(hash).await {
            Ok(Some(outcome)) => Ok(outcome),
            Ok(None) => {
                self.sequences.forget(signer.address());
                Err(ClientError::InclusionTimeout {
                    hash: hash.to_string(),
                    waited: self.inclusion_timeout,
                })
            }
            // A failed execution still used its sequence; anything else leaves it unsure.
            Err(error) => {
                if !matches!(
                    error,
                    ClientError::TxFailed {
                        stage: TxStage::Execution,
                        ..
                    }
                ) {
                    self.sequences.forget(signer.address());
                }
                Err(error)
            }
        }
    }

    async fn account(&self, address: &str) -> Result<Account> {
        if let Some(account) = self.sequences.get(address) {
            return Ok(account);
        }
        let account = query_account(&self.node, address).await?;
        self.sequences.set(address, account);
        Ok(account)
    }

    /// Simulates the tx and prices its gas limit.
    async fn estimate_fee(&self, signer: &Signer, account: Account, msgs: &[Any]) -> Result<TxFee> {
        let unpriced = TxFee {
            amount: 0,
            denom: self.gas_price.denom.clone(),
            gas_limit: 0,
        };
        let tx_bytes = sign(signer, &self.chain_id, account, msgs, &unpriced)?;
        #[allow(deprecated)]
        let request = SimulateRequest { tx: None, tx_bytes };
        let reply = self
            .node
            .abci_query(SIMULATE, request.encode_to_vec())
            .await
            .map_err(|error| match error {
                ClientError::QueryFailed {
                    code,
                    codespace,
                    log,
                    ..
                } => ClientError::TxFailed {
                    stage: TxStage::Simulation,
                    hash: None,
                    code,
                    codespace,
                    log,
                },
                other => other,
            })?;
        let simulated = SimulateResponse::decode(reply.as_slice())
            .map_err(|e| ClientError::decode(SIMULATE, e))?
            .gas_info
            .ok_or_else(|| ClientError::decode(SIMULATE, "no gas_info"))?
            .gas_used;
        let gas_limit = self.gas_adjustment.limit_for(simulated);
        Ok(TxFee {
            amount: self.gas_price.fee_for(gas_limit),
            denom: self.gas_price.denom.clone(),
            gas_limit,
        })
    }

    async fn check_tx_failure(
        &self,
        signer: &Signer,
        fee: &TxFee,
        sent: tx_sync::Response,
    ) -> ClientError {
        let code = sent.code.value();
        if code == INSUFFICIENT_FUNDS && sent.codespace == "sdk" {
            if let Ok(balance) = self.balance(signer.address(), &fee.denom).await {
                return ClientError::Unfunded {
                    address: signer.address().to_string(),
                    denom: fee.denom.clone(),
                    balance,
                    needed: fee.amount,
                };
            }
        }
        ClientError::TxFailed {
            stage: TxStage::CheckTx,
            hash: Some(sent.hash.to_string()),
            code,
            codespace: sent.codespace,
            log: sent.log,
        }
    }

    /// Polls for the tx until a block holds it or the timeout passes; `None` on timeout.
    async fn wait_for_inclusion(&self, hash: Hash) -> Result<Option<TxOutcome>> {
        let deadline = Instant::now() + self.inclusion_timeout;
        loop {
            if let Some(included) = self.node.find_tx(hash).await? {
                let result = &included.tx_result;
                if result.code.is_err() {
                    return Err(ClientError::TxFailed {
                        stage: TxStage::Execution,
                        hash: Some(hash.to_string()),
                        code: result.code.value(),
                        codespace: result.codespace.clone(),
                        log: result.log.clone(),
                    });
                }
                return Ok(Some(TxOutcome::from_included(&included)));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            sleep(self.poll_interval).await;
        }
    }
}

fn is_wrong_sequence(error: &ClientError) -> bool {
    matches!(
        error,
        ClientError::TxFailed { code: WRONG_SEQUENCE, codespace, stage: TxStage::Simulation | TxStage::CheckTx, .. }
            if codespace == "sdk"
    )
}
