//! The deployed protocol as the bench drives it: the holder's and the keeper's messages,
//! and the queries that check them.

use std::time::Duration;

use anyhow::{ensure, Context, Result};
use cosmwasm_std::{coins, to_json_binary, Coin, Timestamp, Uint128};
use faro_client::deploy::Deployment;
use faro_client::{Client, ExecuteCall, Signer, TxOutcome};
use faro_types::{heavy_lst, hub, wrapped_lst};
use serde::Serialize;

use crate::native::wait_for_chain_time;

pub struct Protocol<'a> {
    pub client: &'a Client,
    pub deployment: &'a Deployment,
}

impl Protocol<'_> {
    fn hub(&self) -> &str {
        &self.deployment.contracts.hub
    }

    fn heavy_lst(&self) -> &str {
        &self.deployment.contracts.heavy_lst
    }

    fn denom(&self) -> &str {
        &self.deployment.denom
    }

    pub async fn bond(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        self.bond_coin(holder, coins(amount, self.denom())).await
    }

    /// Bonds native tokens or LSM shares, whichever `funds` holds.
    pub async fn bond_coin(&self, holder: &Signer, funds: Vec<Coin>) -> Result<TxOutcome> {
        let bond = hub::ExecuteMsg::Bond { receiver: None };
        self.client
            .execute(holder, self.hub(), &bond, &funds)
            .await
            .context("bond")
    }

    pub fn transfer_call(&self, recipient: &str, amount: u128) -> Result<ExecuteCall> {
        let transfer = heavy_lst::ExecuteMsg::Transfer {
            recipient: recipient.to_string(),
            amount: Uint128::new(amount),
        };
        Ok(ExecuteCall::new(self.heavy_lst(), &transfer, vec![])?)
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
            .context("heavy LST transfer")
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
            msg: to_json_binary(hook)?,
        };
        Ok(self
            .client
            .execute(holder, self.heavy_lst(), &send, &[])
            .await?)
    }

    /// Queues `amount` heavy LST in the open batch.
    pub async fn unbond(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        let hub = self.hub().to_string();
        self.send_heavy(holder, &hub, amount, &hub::ReceiveMsg::Unbond {})
            .await
            .context("unbond request")
    }

    pub async fn wrap(&self, holder: &Signer, amount: u128) -> Result<TxOutcome> {
        let wrapper = self.deployment.contracts.wrapped_lst.clone();
        self.send_heavy(
            holder,
            &wrapper,
            amount,
            &wrapped_lst::ReceiveMsg::Wrap { recipient: None },
        )
        .await
        .context("wrap")
    }

    /// Waits (at most `max_wait`) until the hub's epoch is due, then advances it.
    pub async fn advance_epoch_when_due(
        &self,
        keeper: &Signer,
        max_wait: Duration,
    ) -> Result<TxOutcome> {
        let state = self.hub_state().await?;
        wait_for_chain_time(self.client, state.next_epoch_at.nanos(), max_wait).await?;
        let outcome = self
            .client
            .execute(keeper, self.hub(), &hub::ExecuteMsg::AdvanceEpoch {}, &[])
            .await
            .context("advance epoch")?;
        let after = self.hub_state().await?;
        ensure!(
            after.epoch == state.epoch + 1,
            "advance epoch: epoch {} became {}",
            state.epoch,
            after.epoch
        );
        Ok(outcome)
    }

    pub async fn hub_state(&self) -> Result<hub::State> {
        Ok(self
            .client
            .query_smart(self.hub(), &hub::QueryMsg::State {})
            .await?)
    }

    pub async fn batch(&self, id: u64) -> Result<hub::Batch> {
        Ok(self
            .client
            .query_smart(self.hub(), &hub::QueryMsg::Batch { id })
            .await?)
    }

    pub async fn heavy_balance(&self, address: &str) -> Result<u128> {
        let query = heavy_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        let response: cw20::BalanceResponse =
            self.client.query_smart(self.heavy_lst(), &query).await?;
        Ok(response.balance.u128())
    }

    pub async fn wrapped_balance(&self, address: &str) -> Result<u128> {
        let query = wrapped_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        let response: cw20::BalanceResponse = self
            .client
            .query_smart(&self.deployment.contracts.wrapped_lst, &query)
            .await?;
        Ok(response.balance.u128())
    }

    /// The time of the newest block.
    pub async fn chain_time(&self) -> Result<Timestamp> {
        Ok(Timestamp::from_nanos(
            self.client.node().latest_block_time().await?,
        ))
    }
}
