//! The holder's steps, each with the check of what it did.

use cosmwasm_std::{coins, to_json_binary, Uint128};
use faro_types::heavy_lst::{self, SharesResponse};
use faro_types::{hub, wrapped_lst};

use crate::client::Client;
use crate::deploy::Addresses;
use crate::outcome::TxOutcome;
use crate::scenario::{check, Players, ScenarioError, ScenarioReport};

pub(crate) struct Scenario<'a> {
    pub client: &'a Client,
    pub contracts: &'a Addresses,
    pub denom: &'a str,
    pub players: &'a Players<'a>,
    pub report: ScenarioReport,
}

type Step<T = ()> = Result<T, ScenarioError>;

impl Scenario<'_> {
    /// Alice bonds native tokens and receives the heavy shares the hub says it minted.
    pub async fn bond(&mut self, amount: u128) -> Step {
        let alice = self.players.alice.address();
        let before = self.heavy_shares(alice).await?;
        let balance_before = self.heavy_balance(alice).await?;
        let bond = hub::ExecuteMsg::Bond { receiver: None };
        let funds = coins(amount, self.denom);
        let outcome = self
            .client
            .execute(self.players.alice, &self.contracts.hub, &bond, &funds)
            .await?;
        let minted: u128 = wasm_attribute(&outcome, "minted_shares")
            .and_then(|value| value.parse().ok())
            .unwrap_or_default();
        let gained = self.heavy_shares(alice).await? - before;
        check("bond", minted > 0 && gained == minted, || {
            format!("the hub minted {minted} shares, alice gained {gained}")
        })?;
        let received = self.heavy_balance(alice).await? - balance_before;
        check("bond", received > 0 && received <= amount, || {
            format!(
                "alice received {received} heavy LST for {amount}{}",
                self.denom
            )
        })?;
        self.record("bond (hub)", outcome);
        Ok(())
    }

    /// Alice transfers heavy LST to Bob, who receives at least that balance.
    pub async fn transfer(&mut self, amount: u128) -> Step {
        let (alice, bob) = (self.players.alice.address(), self.players.bob.address());
        let (alice_before, bob_before) = (
            self.heavy_balance(alice).await?,
            self.heavy_balance(bob).await?,
        );
        let transfer = heavy_lst::ExecuteMsg::Transfer {
            recipient: bob.to_string(),
            amount: Uint128::new(amount),
        };
        let outcome = self
            .client
            .execute(
                self.players.alice,
                &self.contracts.heavy_lst,
                &transfer,
                &[],
            )
            .await?;
        let bob_gained = self.heavy_balance(bob).await? - bob_before;
        let alice_lost = alice_before - self.heavy_balance(alice).await?;
        check(
            "transfer",
            bob_gained >= amount && alice_lost >= amount,
            || format!("sent {amount}: bob gained {bob_gained}, alice lost {alice_lost}"),
        )?;
        self.record("transfer (heavy LST)", outcome);
        Ok(())
    }

    /// Alice wraps heavy LST: one wstTOKEN for each heavy share she gave up.
    pub async fn wrap(&mut self, amount: u128) -> Step {
        let alice = self.players.alice.address();
        let shares_before = self.heavy_shares(alice).await?;
        let wrapped_before = self.wrapped_balance(alice).await?;
        let send = heavy_lst::ExecuteMsg::Send {
            contract: self.contracts.wrapped_lst.clone(),
            amount: Uint128::new(amount),
            msg: to_json_binary(&wrapped_lst::ReceiveMsg::Wrap { recipient: None })
                .map_err(crate::error::ClientError::encode)?,
        };
        let outcome = self
            .client
            .execute(self.players.alice, &self.contracts.heavy_lst, &send, &[])
            .await?;
        let shares_given = shares_before - self.heavy_shares(alice).await?;
        let wrapped = self.wrapped_balance(alice).await? - wrapped_before;
        check("wrap", wrapped > 0 && wrapped == shares_given, || {
            format!("alice gave {shares_given} heavy shares for {wrapped} wrapped LST")
        })?;
        self.record("wrap (heavy → wrapped LST)", outcome);
        Ok(())
    }

    /// Alice sends heavy LST to the hub to unbond; the request waits in the open batch.
    pub async fn unbond(&mut self, amount: u128) -> Step {
        let alice = self.players.alice.address();
        let send = heavy_lst::ExecuteMsg::Send {
            contract: self.contracts.hub.clone(),
            amount: Uint128::new(amount),
            msg: to_json_binary(&hub::ReceiveMsg::Unbond {})
                .map_err(crate::error::ClientError::encode)?,
        };
        let outcome = self
            .client
            .execute(self.players.alice, &self.contracts.heavy_lst, &send, &[])
            .await?;
        let epoch = self.hub_state().await?.epoch;
        let requests = self.unbond_requests(alice).await?;
        let queued = requests
            .iter()
            .any(|request| request.batch_id == epoch && !request.shares.is_zero());
        check("unbond", queued, || {
            format!("no request of alice's in batch {epoch}: {requests:?}")
        })?;
        self.record("unbond request (heavy LST → hub)", outcome);
        Ok(())
    }

    pub(crate) fn record(&mut self, operation: &str, outcome: TxOutcome) {
        self.report.steps.push((operation.to_string(), outcome));
    }

    pub(crate) async fn hub_state(&self) -> Step<hub::State> {
        Ok(self
            .client
            .query_smart(&self.contracts.hub, &hub::QueryMsg::State {})
            .await?)
    }

    pub(crate) async fn unbond_requests(&self, address: &str) -> Step<Vec<hub::UnbondRequest>> {
        let query = hub::QueryMsg::UnbondRequests {
            address: address.to_string(),
            start_after: None,
            limit: None,
        };
        let response: hub::UnbondRequestsResponse =
            self.client.query_smart(&self.contracts.hub, &query).await?;
        Ok(response.requests)
    }

    async fn heavy_shares(&self, address: &str) -> Step<u128> {
        let query = heavy_lst::QueryMsg::Shares {
            address: address.to_string(),
        };
        let response: SharesResponse = self
            .client
            .query_smart(&self.contracts.heavy_lst, &query)
            .await?;
        Ok(response.shares.u128())
    }

    async fn heavy_balance(&self, address: &str) -> Step<u128> {
        let query = heavy_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        let response: cw20::BalanceResponse = self
            .client
            .query_smart(&self.contracts.heavy_lst, &query)
            .await?;
        Ok(response.balance.u128())
    }

    async fn wrapped_balance(&self, address: &str) -> Step<u128> {
        let query = wrapped_lst::QueryMsg::Balance {
            address: address.to_string(),
        };
        let response: cw20::BalanceResponse = self
            .client
            .query_smart(&self.contracts.wrapped_lst, &query)
            .await?;
        Ok(response.balance.u128())
    }
}

/// A `wasm` event attribute the contracts set.
fn wasm_attribute<'a>(outcome: &'a TxOutcome, key: &'a str) -> Option<&'a str> {
    outcome.attribute("wasm", key)
}
