//! The deployed protocol as its users drive it: a holder's and a keeper's messages and the
//! queries that show their effect. The scenario and the benchmarks build on it.

use std::time::Duration;

use cosmwasm_std::{coins, to_json_binary, Coin, Decimal, Uint128};
use faro_types::heavy_lst::{self, SharesResponse};
use faro_types::{hub, prover_pool, wrapped_lst};
use serde::Serialize;

use crate::client::{Client, ExecuteCall};
use crate::deploy::{Addresses, Deployment};
use crate::error::{ClientError, Result};
use crate::outcome::TxOutcome;
use crate::signer::Signer;

pub struct Protocol<'a> {
    pub client: &'a Client,
    pub contracts: &'a Addresses,
    pub denom: &'a str,
}

impl<'a> Protocol<'a> {
    pub fn new(client: &'a Client, deployment: &'a Deployment) -> Self {
        Protocol {
            client,
            contracts: &deployment.contracts,
            denom: &deployment.denom,
        }
    }

    pub async fn bond(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        self.bond_coin(holder, coins(amount, self.denom)).await
    }

    /// Bonds native tokens or LSM shares, whichever `funds` holds.
    pub async fn bond_coin(&self, holder: &Signer, funds: Vec<Coin>) -> Result<TxOutcome> {
        let bond = hub::ExecuteMsg::Bond { receiver: None };
        self.client
            .execute(holder, &self.contracts.hub, &bond, &funds)
            .await
    }

    /// A heavy LST transfer, to send alone or in a batch.
    pub fn transfer_call(&self, recipient: &str, amount: u128) -> Result<ExecuteCall> {
        let transfer = heavy_lst::ExecuteMsg::Transfer {
            recipient: recipient.to_string(),
            amount: Uint128::new(amount),
        };
        ExecuteCall::new(&self.contracts.heavy_lst, &transfer, vec![])
    }

    pub async fn transfer(
        &self,
        holder: &Signer,
        recipient: &str,
        amount: u128,
    ) -> Result<TxOutcome> {
        let call = self.transfer_call(recipient, amount)?;
        self.client
            .execute(holder, &call.contract, &call.msg, &[])
            .await
    }

    /// A heavy LST `Send` to `contract` with the hook message `hook`.
    pub async fn send_heavy(
        &self,
        holder: &Signer,
        contract: &str,
        amount: u128,
        hook: &impl Serialize,
    ) -> Result<TxOutcome> {
        let send = heavy_lst::ExecuteMsg::Send {
            contract: contract.to_string(),
            amount: Uint128::new(amount),
            msg: to_json_binary(hook).map_err(ClientError::encode)?,
        };
        self.client
            .execute(holder, &self.contracts.heavy_lst, &send, &[])
            .await
    }

    /// Queues `amount` heavy LST in the hub's open batch.
    pub async fn unbond(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        let unbond = hub::ReceiveMsg::Unbond {};
        self.send_heavy(holder, &self.contracts.hub, amount, &unbond)
            .await
    }

    /// A wrapped LST `Send` that stakes `amount` in the prover pool.
    pub async fn stake_prover(
        &self,
        prover: &Signer,
        amount: u128,
        reward_per_gas: Decimal,
        capacity: u32,
    ) -> Result<TxOutcome> {
        let send = wrapped_lst::ExecuteMsg::Send {
            contract: self.contracts.prover_pool.clone(),
            amount: Uint128::new(amount),
            msg: to_json_binary(&prover_pool::ReceiveMsg::Stake {
                reward_per_gas,
                capacity,
            })
            .map_err(ClientError::encode)?,
        };
        self.client
            .execute(prover, &self.contracts.wrapped_lst, &send, &[])
            .await
    }

    pub async fn wrap(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        let wrap = wrapped_lst::ReceiveMsg::Wrap { recipient: None };
        self.send_heavy(holder, &self.contracts.wrapped_lst, amount, &wrap)
            .await
    }

    /// How long until the hub's epoch is due, by the newest block's time, with the hub's
    /// state now.
    pub async fn epoch_due_in(&self) -> Result<(hub::State, Duration)> {
        let state = self.hub_state().await?;
        let now = self.client.node().latest_block_time().await?;
        let due = state.books.next_epoch_at.nanos();
        Ok((state, Duration::from_nanos(due.saturating_sub(now))))
    }

    /// Waits (at most `max_wait`) until the hub's epoch is due, then advances it; answers
    /// the hub's state before.
    pub async fn advance_epoch_when_due(
        &self,
        keeper: &Signer,
        max_wait: Duration,
    ) -> Result<(hub::State, TxOutcome)> {
        let state = self.hub_state().await?;
        self.client
            .node()
            .wait_for_time(state.books.next_epoch_at.nanos(), max_wait)
            .await?;
        let advance = hub::ExecuteMsg::AdvanceEpoch {};
        let outcome = self
            .client
            .execute(keeper, &self.contracts.hub, &advance, &[])
            .await?;
        Ok((state, outcome))
    }

    pub async fn hub_state(&self) -> Result<hub::State> {
        self.client
            .query_smart(&self.contracts.hub, &hub::QueryMsg::State {})
            .await
    }

    pub async fn batch(&self, id: u64) -> Result<hub::Batch> {
        self.client
            .query_smart(&self.contracts.hub, &hub::QueryMsg::Batch { id })
            .await
    }

    /// `address`'s first page of unbond requests.
    pub async fn unbond_requests(&self, address: &str) -> Result<Vec<hub::UnbondRequest>> {
        let query = hub::QueryMsg::UnbondRequests {
            address: address.to_string(),
            start_after: None,
            limit: None,
        };
        let response: hub::UnbondRequestsResponse =
            self.client.query_smart(&self.contracts.hub, &query).await?;
        Ok(response.requests)
    }

    pub async fn heavy_shares(&self, address: &str) -> Result<u128> {
        let query = heavy_lst::QueryMsg::Shares {
            address: address.to_string(),
        };
        let response: SharesResponse = self
            .client
            .query_smart(&self.contracts.heavy_lst, &query)
            .await?;
        Ok(response.shares.u128())
    }

    pub async fn heavy_balance(&self, address: &str) -> Result<u128> {
        let query = heavy_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        self.cw20_balance(&self.contracts.heavy_lst, query).await
    }

    pub async fn wrapped_balance(&self, address: &str) -> Result<u128> {
        let query = wrapped_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        self.cw20_balance(&self.contracts.wrapped_lst, query).await
    }

    async fn cw20_balance(&self, token: &str, query: impl Serialize) -> Result<u128> {
        let response: cw20::BalanceResponse = self.client.query_smart(token, &query).await?;
        Ok(response.balance.u128())
    }
}
