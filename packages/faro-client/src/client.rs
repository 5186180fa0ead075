//! `Client`: one node, one chain, and the wasm and bank operations Faro needs.

use std::time::Duration;

use cosmrs::tendermint::chain;
use cosmwasm_std::Coin;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::account::Sequences;
use crate::bank;
use crate::error::{ClientError, Result};
use crate::gas::{GasAdjustment, GasPrice};
use crate::node::Node;
use crate::outcome::TxOutcome;
use crate::retry::NODE_BACKOFF;
use crate::signer::Signer;
use crate::wasm::{self, Instantiate2};

/// One `MsgExecuteContract` of a batch.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecuteCall {
    pub contract: String,
    pub msg: serde_json::Value,
    pub funds: Vec<Coin>,
}

impl ExecuteCall {
    pub fn new(
        contract: impl Into<String>,
        msg: &impl Serialize,
        funds: Vec<Coin>,
    ) -> Result<Self> {
        Ok(ExecuteCall {
            contract: contract.into(),
            msg: serde_json::to_value(msg)?,
            funds,
        })
    }
}

pub struct Client {
    pub(crate) node: Node,
    pub(crate) chain_id: chain::Id,
    denom: String,
    pub(crate) gas_price: GasPrice,
    pub(crate) gas_adjustment: GasAdjustment,
    /// How long a broadcast tx may take to appear in a block.
    pub(crate) inclusion_timeout: Duration,
    /// How often to look for it meanwhile.
    pub(crate) poll_interval: Duration,
    pub(crate) sequences: Sequences,
}

impl Client {
    /// Connects to the node at `rpc_url` and checks that it runs `chain_id`.
    pub async fn connect(
        rpc_url: &str,
        chain_id: &str,
        denom: &str,
        gas_price: GasPrice,
    ) -> Result<Self> {
        let node = Node::connect(rpc_url, NODE_BACKOFF).await?;
        let chain_id: chain::Id = chain_id.parse().map_err(|e| ClientError::Rpc {
            url: rpc_url.to_string(),
            reason: format!("chain id {chain_id:?}: {e}"),
        })?;
        let network = node.network().await?;
        if network != chain_id.as_str() {
            return Err(ClientError::Rpc {
                url: rpc_url.to_string(),
                reason: format!("the node runs chain {network}, not {chain_id}"),
            });
        }
        Ok(Client {
            node,
            chain_id,
            denom: denom.to_string(),
            gas_price,
            gas_adjustment: GasAdjustment::default(),
            inclusion_timeout: Duration::from_secs(30),
            poll_interval: Duration::from_millis(250),
            sequences: Sequences::default(),
        })
    }

    pub fn with_gas_adjustment(mut self, adjustment: GasAdjustment) -> Self {
        self.gas_adjustment = adjustment;
        self
    }

    pub fn with_inclusion_timeout(mut self, timeout: Duration) -> Self {
        self.inclusion_timeout = timeout;
        self
    }

    /// The chain's staking denom.
    pub fn denom(&self) -> &str {
        &self.denom
    }

    pub fn chain_id(&self) -> &str {
        self.chain_id.as_str()
    }

    pub fn node(&self) -> &Node {
        &self.node
    }

    /// Uploads `wasm`; returns the new code id.
    pub async fn store_code(&self, signer: &Signer, wasm: Vec<u8>) -> Result<(u64, TxOutcome)> {
        let msg = wasm::store_code(signer.address(), wasm);
        let outcome = self.submit(signer, vec![msg]).await?;
        let code_id = outcome
            .attribute("store_code", "code_id")
            .ok_or_else(|| missing("the store_code event's code_id"))?
            .parse()
            .map_err(|e| ClientError::decode("code_id", e))?;
        Ok((code_id, outcome))
    }

    /// Instantiates with a salt, so the address is known in advance; returns it as the
    /// chain reports it.
    pub async fn instantiate2<M: Serialize>(
        &self,
        signer: &Signer,
        spec: &Instantiate2<'_, M>,
    ) -> Result<(String, TxOutcome)> {
        let msg = wasm::instantiate2(signer.address(), spec)?;
        let outcome = self.submit(signer, vec![msg]).await?;
        let address = outcome
            .attribute("instantiate", "_contract_address")
            .ok_or_else(|| missing("the instantiate event's _contract_address"))?
            .to_string();
        Ok((address, outcome))
    }

    pub async fn execute<M: Serialize>(
        &self,
        signer: &Signer,
        contract: &str,
        msg: &M,
        funds: &[Coin],
    ) -> Result<TxOutcome> {
        let msg = wasm::execute(signer.address(), contract, msg, funds)?;
        self.submit(signer, vec![msg]).await
    }

    /// Several contract calls in one tx: all succeed or none does.
    pub async fn execute_batch(&self, signer: &Signer, calls: &[ExecuteCall]) -> Result<TxOutcome> {
        let msgs = calls
            .iter()
            .map(|call| wasm::execute(signer.address(), &call.contract, &call.msg, &call.funds))
            .collect::<Result<Vec<_>>>()?;
        self.submit(signer, msgs).await
    }

    pub async fn query_smart<T: DeserializeOwned, M: Serialize>(
        &self,
        contract: &str,
        msg: &M,
    ) -> Result<T> {
        let request = wasm::smart_query_request(contract, msg)?;
        let bytes = self.node.abci_query(wasm::SMART_QUERY, request).await?;
        wasm::smart_query_response(&bytes)
    }

    pub async fn balance(&self, address: &str, denom: &str) -> Result<u128> {
        bank::query_balance(&self.node, address, denom).await
    }

    /// Every coin `address` holds, as `(denom, amount)`.
    pub async fn balances(&self, address: &str) -> Result<Vec<(String, u128)>> {
        bank::query_all_balances(&self.node, address).await
    }
}

fn missing(what: &str) -> ClientError {
    ClientError::MissingInReply {
        what: what.to_string(),
    }
}
