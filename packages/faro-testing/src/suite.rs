//! `Suite`: the embedded chain with Faro deployed, and the actions and queries scenarios
//! are written in.

use anyhow::Result;
use cosmwasm_std::{Addr, StdResult};
use cw_multi_test::{AppResponse, Executor};
use cw_ownable::Action;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::chain::{self, FaroApp};
use crate::codes::Codes;
use crate::deploy::{deploy, Contracts, Roles};
use crate::ownable::{OwnableExecuteMsg, OwnableQueryMsg, Ownership};

pub struct Suite {
    pub app: FaroApp,
    pub codes: Codes,
    pub contracts: Contracts,
    pub roles: Roles,
    /// Validator operator addresses, each serving as a Faro operator.
    pub operators: Vec<String>,
}

pub struct SuiteBuilder {
    operators: usize,
}

impl Default for SuiteBuilder {
    fn default() -> Self {
        SuiteBuilder { operators: 3 }
    }
}

impl SuiteBuilder {
    /// How many validators the chain has, each a Faro operator with its own light LST.
    pub fn operators(mut self, count: usize) -> Self {
        self.operators = count;
        self
    }

    pub fn build(self) -> Result<Suite> {
        let roles = Roles::default();
        let operators: Vec<String> = (0..self.operators)
            .map(|i| chain::valoper(&format!("validator{i}")))
            .collect();
        let funded = [
            roles.deployer.clone(),
            roles.governance.clone(),
            roles.relayer.clone(),
        ];
        let mut app = chain::start(&operators, &funded)?;
        let codes = Codes::store_all(&mut app);
        let contracts = deploy(&mut app, &codes, &roles, &operators)?;
        Ok(Suite {
            app,
            codes,
            contracts,
            roles,
            operators,
        })
    }
}

impl Suite {
    pub fn builder() -> SuiteBuilder {
        SuiteBuilder::default()
    }

    pub fn query<T: DeserializeOwned>(
        &self,
        contract: &Addr,
        msg: &impl Serialize,
    ) -> StdResult<T> {
        self.app.wrap().query_wasm_smart(contract, msg)
    }

    pub fn ownership(&self, contract: &Addr) -> StdResult<Ownership> {
        self.query(contract, &OwnableQueryMsg::Ownership {})
    }

    pub fn update_ownership(
        &mut self,
        sender: &Addr,
        contract: &Addr,
        action: Action,
    ) -> Result<AppResponse> {
        let msg = OwnableExecuteMsg::UpdateOwnership(action);
        self.app
            .execute_contract(sender.clone(), contract.clone(), &msg, &[])
    }

    /// The two steps: the current owner proposes `new_owner`, who accepts.
    pub fn hand_over(&mut self, contract: &Addr, from: &Addr, to: &Addr) -> Result<()> {
        let transfer = Action::TransferOwnership {
            new_owner: to.to_string(),
            expiry: None,
        };
        self.update_ownership(from, contract, transfer)?;
        self.update_ownership(to, contract, Action::AcceptOwnership)?;
        Ok(())
    }
}
