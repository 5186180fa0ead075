//! The light layer and operators' phase 2 as holders, operators and the DAO see them:
//! light deposits and withdrawals, commissions, penalties, bonds, exits and the switch to
//! permissionless registration; and the figures to check them by.

use anyhow::Result;
use cosmwasm_std::{coin, Addr, Coin, Decimal, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_types::light_lst::{self, Holding, LightState};
use faro_types::operator_registry::{self, ConfigUpdate, Operator};

use crate::chain::{self, DENOM};
use crate::suite::{validator_name, Suite};

impl Suite {
    /// The light LST of operator `index`.
    pub fn light_lst(&self, index: usize) -> Addr {
        self.contracts.light_lsts[index].clone()
    }

    pub fn light_deposit(
        &mut self,
        holder: &Addr,
        index: usize,
        amount: u128,
    ) -> Result<AppResponse> {
        let msg = light_lst::ExecuteMsg::Deposit { recipient: None };
        self.execute_light(holder, index, &msg, &[coin(amount, DENOM)])
    }

    pub fn light_withdraw(
        &mut self,
        holder: &Addr,
        index: usize,
        amount: u128,
    ) -> Result<AppResponse> {
        let msg = light_lst::ExecuteMsg::Withdraw {
            amount: Uint128::new(amount),
            recipient: None,
        };
        self.execute_light(holder, index, &msg, &[])
    }

    /// Operator `index`'s own account proposes a new light commission.
    pub fn set_light_commission(
        &mut self,
        index: usize,
        commission: Decimal,
    ) -> Result<AppResponse> {
        let msg = light_lst::ExecuteMsg::SetCommission { commission };
        let account = chain::account(&validator_name(index));
        self.execute_light(&account, index, &msg, &[])
    }

    /// `sender` (the DAO or the oracle) reports a light-service penalty of operator `index`.
    pub fn penalise_light(
        &mut self,
        sender: &Addr,
        index: usize,
        amount: u128,
    ) -> Result<AppResponse> {
        let msg = light_lst::ExecuteMsg::Penalise {
            amount: Uint128::new(amount),
        };
        self.execute_light(sender, index, &msg, &[])
    }

    fn execute_light(
        &mut self,
        sender: &Addr,
        index: usize,
        msg: &light_lst::ExecuteMsg,
        funds: &[Coin],
    ) -> Result<AppResponse> {
        let light = self.light_lst(index);
        self.app.execute_contract(sender.clone(), light, msg, funds)
    }

    /// Operator `index`'s account adds `amount` to its bond.
    pub fn post_bond(&mut self, index: usize, amount: u128) -> Result<AppResponse> {
        let msg = operator_registry::ExecuteMsg::PostBond {
            valoper: self.operators[index].clone(),
        };
        self.as_operator(index, &msg, amount)
    }

    /// Operator `index`'s account starts leaving.
    pub fn exit_operator(&mut self, index: usize) -> Result<AppResponse> {
        let msg = operator_registry::ExecuteMsg::Exit {
            valoper: self.operators[index].clone(),
        };
        self.as_operator(index, &msg, 0)
    }

    fn as_operator(
        &mut self,
        index: usize,
        msg: &operator_registry::ExecuteMsg,
        amount: u128,
    ) -> Result<AppResponse> {
        let account = chain::account(&validator_name(index));
        let funds = match amount {
            0 => vec![],
            amount => vec![coin(amount, DENOM)],
        };
        let registry = self.contracts.operator_registry.clone();
        self.app.execute_contract(account, registry, msg, &funds)
    }

    /// Governance changes the registry's configuration.
    pub fn update_registry(&mut self, update: ConfigUpdate) -> Result<AppResponse> {
        let msg = operator_registry::ExecuteMsg::UpdateConfig(update);
        let registry = self.contracts.operator_registry.clone();
        let governance = self.roles.governance.clone();
        self.app.execute_contract(governance, registry, &msg, &[])
    }

    /// Governance switches registration to permissionless (phase 2).
    pub fn open_registration(&mut self) -> Result<AppResponse> {
        self.update_registry(ConfigUpdate {
            permissionless: Some(true),
            ..ConfigUpdate::default()
        })
    }

    pub fn operator(&self, index: usize) -> Result<Option<Operator>> {
        let msg = operator_registry::QueryMsg::Operator {
            valoper: self.operators[index].clone(),
        };
        Ok(self.query(&self.contracts.operator_registry, &msg)?)
    }

    pub fn light_balance(&self, holder: &Addr, index: usize) -> Result<Uint128> {
        let msg = light_lst::QueryMsg::Balance {
            address: holder.to_string(),
        };
        let res: light_lst::BalanceResponse = self.query(&self.light_lst(index), &msg)?;
        Ok(res.balance)
    }

    pub fn light_holding(&self, holder: &Addr, index: usize) -> Result<Holding> {
        let msg = light_lst::QueryMsg::Holding {
            address: holder.to_string(),
        };
        Ok(self.query(&self.light_lst(index), &msg)?)
    }

    pub fn light_state(&self, index: usize) -> Result<LightState> {
        Ok(self.query(&self.light_lst(index), &light_lst::QueryMsg::State {})?)
    }

    pub fn registry_config(&self) -> Result<operator_registry::Config> {
        let msg = operator_registry::QueryMsg::Config {};
        Ok(self.query(&self.contracts.operator_registry, &msg)?)
    }
}
