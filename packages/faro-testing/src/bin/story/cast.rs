//! The story's cast: the suite, the holders, the keeper, and the names the story gives
//! to addresses.

use anyhow::{anyhow, Result};
use cosmwasm_std::{Addr, Timestamp};
use faro_testing::chain::account;
use faro_testing::Suite;
use faro_types::operator_registry::{self, Operator};

use crate::settled::Settled;
use crate::show::short;

pub struct Story {
    pub suite: Suite,
    pub alice: Addr,
    pub bob: Addr,
    /// Anyone may advance an epoch; here a keeper bot does.
    pub keeper: Addr,
    /// The registry's records of the suite's operators, in the suite's order.
    pub operators: Vec<Operator>,
    pub treasury: Addr,
    /// The chain's time at the start, in seconds.
    start: u64,
}

impl Story {
    /// Three validators, each registered as a Faro operator and approved by governance.
    pub fn begin() -> Result<Story> {
        let suite = Suite::builder().operators(3).build()?;
        let registry = &suite.contracts.operator_registry;
        let operators = suite
            .operators
            .iter()
            .map(|valoper| {
                let query = operator_registry::QueryMsg::Operator {
                    valoper: valoper.clone(),
                };
                suite
                    .query::<Option<Operator>>(registry, &query)?
                    .ok_or_else(|| anyhow!("{valoper} is not registered"))
            })
            .collect::<Result<_>>()?;
        let treasury = suite.hub_config()?.treasury;
        let start = suite.app.block_info().time.seconds();
        Ok(Story {
            suite,
            alice: account("alice"),
            bob: account("bob"),
            keeper: account("keeper"),
            operators,
            treasury,
            start,
        })
    }

    /// Operator `index`'s moniker.
    pub fn operator(&self, index: usize) -> &str {
        &self.operators[index].moniker
    }

    /// Who `address` is, by name where the story knows it.
    pub fn name(&self, address: impl AsRef<str>) -> String {
        let address = address.as_ref();
        let roles = &self.suite.roles;
        let known = [
            (&roles.governance, "governance"),
            (&roles.relayer, "relayer"),
            (&roles.deployer, "deployer"),
            (&self.treasury, "treasury"),
            (&self.alice, "alice"),
            (&self.bob, "bob"),
        ];
        known
            .iter()
            .find(|(addr, _)| addr.as_str() == address)
            .map(|(_, name)| name.to_string())
            .unwrap_or_else(|| short(address))
    }

    /// Who receives the protocol fee as heavy shares: each operator's reward address, the
    /// treasury, and the insurance fund (held by the hub).
    pub fn fee_recipients(&self) -> Vec<(String, Addr)> {
        let funds = [
            ("treasury".to_string(), self.treasury.clone()),
            ("insurance".to_string(), self.suite.contracts.hub.clone()),
        ];
        self.operators
            .iter()
            .map(|o| (o.moniker.clone(), o.reward_address.clone()))
            .chain(funds)
            .collect()
    }

    /// Lets the epoch period pass; the keeper advances the epoch.
    pub fn epoch(&mut self) -> Result<Settled> {
        let keeper = self.keeper.clone();
        Settled::from_response(&self.suite.next_epoch(&keeper)?)
    }

    /// The story's day at `time`, counted from the start.
    pub fn day(&self, time: Timestamp) -> u64 {
        time.seconds().saturating_sub(self.start) / 86_400
    }

    /// The story's day now.
    pub fn today(&self) -> u64 {
        self.day(self.suite.app.block_info().time)
    }
}
