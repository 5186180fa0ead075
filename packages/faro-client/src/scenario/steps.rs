//! The holder's steps, each with the check of what it did.

use crate::outcome::TxOutcome;
use crate::protocol::Protocol;
use crate::scenario::{check, Players, ScenarioError, ScenarioReport};

pub(crate) struct Scenario<'a> {
    pub protocol: Protocol<'a>,
    pub players: &'a Players<'a>,
    pub report: ScenarioReport,
}

type Step<T = ()> = Result<T, ScenarioError>;

impl Scenario<'_> {
    /// Alice bonds native tokens and receives the heavy shares the hub says it minted.
    pub async fn bond(&mut self, amount: u128) -> Step {
        let (p, alice) = (&self.protocol, self.players.alice.address());
        let before = p.heavy_shares(alice).await?;
        let balance_before = p.heavy_balance(alice).await?;
        let outcome = p.bond(self.players.alice, amount).await?;
        let minted: u128 = outcome
            .attribute("wasm", "minted_shares")
            .and_then(|value| value.parse().ok())
            .unwrap_or_default();
        let gained = p.heavy_shares(alice).await? - before;
        check("bond", minted > 0 && gained == minted, || {
            format!("the hub minted {minted} shares, alice gained {gained}")
        })?;
        let received = p.heavy_balance(alice).await? - balance_before;
        check("bond", received > 0 && received <= amount, || {
            format!(
                "alice received {received} heavy LST for {amount}{}",
                p.denom
            )
        })?;
        self.record("bond (hub)", outcome);
        Ok(())
    }

    /// Alice transfers heavy LST to Bob, who receives at least that balance.
    pub async fn transfer(&mut self, amount: u128) -> Step {
        let p = &self.protocol;
        let (alice, bob) = (self.players.alice.address(), self.players.bob.address());
        let (alice_before, bob_before) =
            (p.heavy_balance(alice).await?, p.heavy_balance(bob).await?);
        let outcome = p.transfer(self.players.alice, bob, amount).await?;
        let bob_gained = p.heavy_balance(bob).await? - bob_before;
        let alice_lost = alice_before - p.heavy_balance(alice).await?;
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
        let (p, alice) = (&self.protocol, self.players.alice.address());
        let shares_before = p.heavy_shares(alice).await?;
        let wrapped_before = p.wrapped_balance(alice).await?;
        let outcome = p.wrap(self.players.alice, amount).await?;
        let shares_given = shares_before - p.heavy_shares(alice).await?;
        let wrapped = p.wrapped_balance(alice).await? - wrapped_before;
        check("wrap", wrapped > 0 && wrapped == shares_given, || {
            format!("alice gave {shares_given} heavy shares for {wrapped} wrapped LST")
        })?;
        self.record("wrap (heavy → wrapped LST)", outcome);
        Ok(())
    }

    /// Alice sends heavy LST to the hub to unbond; the request waits in the open batch.
    pub async fn unbond(&mut self, amount: u128) -> Step {
        let (p, alice) = (&self.protocol, self.players.alice.address());
        let outcome = p.unbond(self.players.alice, amount).await?;
        let epoch = p.hub_state().await?.books.epoch;
        let requests = p.unbond_requests(alice).await?;
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
}
