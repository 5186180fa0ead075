//! `Suite`: the embedded chain with Faro deployed, and the actions and queries scenarios
//! are written in.

use anyhow::Result;
use cosmwasm_std::{Addr, Coin, Decimal, StdResult};
use cw_multi_test::{AppResponse, Executor};
use cw_ownable::Action;
use serde::de::DeserializeOwned;
use serde::Serialize;

use faro_types::operator_registry::{self, Registration, Services};

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
    approve: bool,
}

impl Default for SuiteBuilder {
    fn default() -> Self {
        SuiteBuilder {
            operators: 3,
            approve: true,
        }
    }
}

impl SuiteBuilder {
    /// How many validators the chain has, each a Faro operator with its own light LST.
    pub fn operators(mut self, count: usize) -> Self {
        self.operators = count;
        self
    }

    /// Leaves the validators unregistered with the operator registry.
    pub fn without_registered_operators(mut self) -> Self {
        self.approve = false;
        self
    }

    pub fn build(self) -> Result<Suite> {
        let roles = Roles::default();
        let operators: Vec<String> = (0..self.operators)
            .map(|i| chain::valoper(&validator_name(i)))
            .collect();
        let funded = [
            roles.deployer.clone(),
            roles.governance.clone(),
            roles.relayer.clone(),
        ];
        let mut app = chain::start(&operators, &funded)?;
        let codes = Codes::store_all(&mut app);
        let contracts = deploy(&mut app, &codes, &roles)?;
        let mut suite = Suite {
            app,
            codes,
            contracts,
            roles,
            operators,
        };
        if self.approve {
            for index in 0..self.operators {
                suite.register_operator(index)?;
                suite.approve_operator(index, 1)?;
            }
        }
        suite.collect_light_lsts()?;
        Ok(suite)
    }
}

/// The light commission operators register with unless a test says otherwise.
pub const DEFAULT_LIGHT_COMMISSION: Decimal = Decimal::percent(10);

/// The account behind validator `index`: the same key as its valoper address.
pub fn validator_name(index: usize) -> String {
    format!("validator{index}")
}

/// Where operator `index` is paid its fees and commissions.
pub fn reward_address(index: usize) -> Addr {
    chain::account(&format!("{}_rewards", validator_name(index)))
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

    /// Validator `index` registers itself with the operator registry, heavy and light
    /// services, a light commission of [`DEFAULT_LIGHT_COMMISSION`] and no bond.
    pub fn register_operator(&mut self, index: usize) -> Result<AppResponse> {
        self.register_operator_with(index, DEFAULT_LIGHT_COMMISSION, &[])
    }

    /// Validator `index` registers with a light `commission`, posting `bond` with it.
    pub fn register_operator_with(
        &mut self,
        index: usize,
        commission: Decimal,
        bond: &[Coin],
    ) -> Result<AppResponse> {
        let name = validator_name(index);
        let msg = operator_registry::ExecuteMsg::Register(Registration {
            valoper: self.operators[index].clone(),
            reward_address: reward_address(index).to_string(),
            moniker: name.clone(),
            services: Services {
                heavy: true,
                light: true,
            },
            light_commission: Some(commission),
        });
        let registry = self.contracts.operator_registry.clone();
        self.app
            .execute_contract(chain::account(&name), registry, &msg, bond)
    }

    /// Records the light LSTs the registry has instantiated, in operator order.
    pub fn collect_light_lsts(&mut self) -> Result<()> {
        let mut light_lsts = vec![];
        for valoper in &self.operators {
            let msg = operator_registry::QueryMsg::Operator {
                valoper: valoper.clone(),
            };
            let operator: Option<operator_registry::Operator> =
                self.query(&self.contracts.operator_registry, &msg)?;
            light_lsts.extend(operator.and_then(|operator| operator.light_lst));
        }
        self.contracts.light_lsts = light_lsts;
        Ok(())
    }

    /// Governance approves operator `index` with a heavy `weight`.
    pub fn approve_operator(&mut self, index: usize, weight: u64) -> Result<AppResponse> {
        let msg = operator_registry::ExecuteMsg::Approve {
            valoper: self.operators[index].clone(),
            weight,
        };
        let registry = self.contracts.operator_registry.clone();
        let governance = self.roles.governance.clone();
        self.app.execute_contract(governance, registry, &msg, &[])
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
