//! The heavy flows as a holder, a keeper and the chain see them: bond, bond LSM shares,
//! unbond, instant exit, epochs, withdraw, slashes; and the figures to check them by.

use std::collections::BTreeMap;

use anyhow::{anyhow, Result};
use cosmwasm_std::{
    coin, to_json_binary, Addr, Coin, CosmosMsg, Decimal, StakingMsg, Timestamp, Uint128,
};
use cw_multi_test::{AppResponse, BankSudo, Executor, SudoMsg};
use faro_types::heavy_lst::{self, HeavyLstContract};
use faro_types::hub::{self, Batch, ReceiveMsg, State, UnbondRequestsResponse};
use faro_types::liquid::share_denom;

use crate::chain::{account, DENOM, LSM_MODULE};
use crate::lsm::LsmChain;
use crate::suite::Suite;

impl Suite {
    /// Mints `amount` of the staking denom to `account`.
    pub fn fund(&mut self, account: &Addr, amount: u128) -> Result<()> {
        self.fund_coin(account, coin(amount, DENOM))
    }

    pub fn fund_coin(&mut self, account: &Addr, coin: Coin) -> Result<()> {
        let mint = BankSudo::Mint {
            to_address: account.to_string(),
            amount: vec![coin],
        };
        self.app.sudo(SudoMsg::Bank(mint))?;
        Ok(())
    }

    pub fn bond(&mut self, holder: &Addr, amount: u128) -> Result<AppResponse> {
        self.bond_coin(holder, coin(amount, DENOM))
    }

    /// Each named holder receives its amount of the staking denom and bonds all of it.
    pub fn fund_and_bond(&mut self, holders: &[(&str, u128)]) -> Result<()> {
        for &(name, amount) in holders {
            let holder = account(name);
            self.fund(&holder, amount)?;
            self.bond(&holder, amount)?;
        }
        Ok(())
    }

    /// Bonds any one coin: the staking denom or LSM shares.
    pub fn bond_coin(&mut self, holder: &Addr, coin: Coin) -> Result<AppResponse> {
        let hub = self.contracts.hub.clone();
        let msg = hub::ExecuteMsg::Bond { receiver: None };
        self.app
            .execute_contract(holder.clone(), hub, &msg, &[coin])
    }

    /// `holder` delegates `amount` to operator `index` itself and tokenizes it into LSM
    /// shares, which it then holds.
    pub fn tokenize_own_stake(
        &mut self,
        holder: &Addr,
        index: usize,
        amount: u128,
    ) -> Result<Coin> {
        let validator = self.operators[index].clone();
        let delegate = StakingMsg::Delegate {
            validator: validator.clone(),
            amount: coin(amount, DENOM),
        };
        self.app.execute(holder.clone(), delegate.into())?;
        let tokenize: CosmosMsg =
            LSM_MODULE.tokenize_msg(holder, &validator, coin(amount, DENOM), holder);
        self.app.execute(holder.clone(), tokenize)?;
        let record = self
            .app
            .tokenize_records()?
            .pop()
            .ok_or_else(|| anyhow!("no share record for {validator}"))?;
        let denom = share_denom(&validator, record.id);
        Ok(self.app.wrap().query_balance(holder, denom)?)
    }

    pub fn unbond(&mut self, holder: &Addr, amount: u128) -> Result<AppResponse> {
        self.send_heavy(holder, amount, &ReceiveMsg::Unbond {})
    }

    pub fn instant_exit(
        &mut self,
        holder: &Addr,
        amount: u128,
        index: usize,
    ) -> Result<AppResponse> {
        let validator = self.operators[index].clone();
        self.send_heavy(holder, amount, &ReceiveMsg::InstantExit { validator })
    }

    fn send_heavy(&mut self, holder: &Addr, amount: u128, msg: &ReceiveMsg) -> Result<AppResponse> {
        let send = heavy_lst::ExecuteMsg::Send {
            contract: self.contracts.hub.to_string(),
            amount: Uint128::new(amount),
            msg: to_json_binary(msg)?,
        };
        let heavy = self.contracts.heavy_lst.clone();
        self.app.execute_contract(holder.clone(), heavy, &send, &[])
    }

    /// Lets the epoch period pass, then `keeper` advances the epoch.
    pub fn next_epoch(&mut self, keeper: &Addr) -> Result<AppResponse> {
        let wait = self.hub_config()?.epoch_period;
        self.app.advance(wait);
        self.advance_epoch(keeper)
    }

    pub fn advance_epoch(&mut self, keeper: &Addr) -> Result<AppResponse> {
        let hub = self.contracts.hub.clone();
        self.app
            .execute_contract(keeper.clone(), hub, &hub::ExecuteMsg::AdvanceEpoch {}, &[])
    }

    pub fn withdraw(&mut self, holder: &Addr, batch_id: u64) -> Result<AppResponse> {
        let hub = self.contracts.hub.clone();
        let msg = hub::ExecuteMsg::Withdraw { batch_id };
        self.app.execute_contract(holder.clone(), hub, &msg, &[])
    }

    pub fn set_pause(&mut self, pauses: hub::Pauses) -> Result<AppResponse> {
        let hub = self.contracts.hub.clone();
        let governance = self.roles.governance.clone();
        self.app
            .execute_contract(governance, hub, &hub::ExecuteMsg::SetPause(pauses), &[])
    }

    /// The chain slashes operator `index` by `fraction`, unbonding entries included.
    pub fn slash(&mut self, index: usize, fraction: Decimal) -> Result<()> {
        let validator = self.operators[index].clone();
        self.app.slash(&validator, fraction)?;
        Ok(())
    }

    pub fn hub_config(&self) -> Result<hub::Config> {
        Ok(self.query(&self.contracts.hub, &hub::QueryMsg::Config {})?)
    }

    pub fn hub_state(&self) -> Result<State> {
        Ok(self.query(&self.contracts.hub, &hub::QueryMsg::State {})?)
    }

    pub fn batch(&self, id: u64) -> Result<Batch> {
        Ok(self.query(&self.contracts.hub, &hub::QueryMsg::Batch { id })?)
    }

    pub fn unbond_requests(&self, holder: &Addr) -> Result<UnbondRequestsResponse> {
        let msg = hub::QueryMsg::UnbondRequests {
            address: holder.to_string(),
            start_after: None,
            limit: None,
        };
        Ok(self.query(&self.contracts.hub, &msg)?)
    }

    /// The holder's heavy LST balance.
    pub fn heavy_balance(&self, holder: &Addr) -> Result<u128> {
        Ok(self.heavy().balance(&self.app.wrap(), holder)?.u128())
    }

    pub fn heavy_shares(&self, holder: &Addr) -> Result<u128> {
        Ok(self.heavy().shares(&self.app.wrap(), holder)?.u128())
    }

    pub fn heavy_supply(&self) -> Result<u128> {
        let info: heavy_lst::TokenInfoResponse = self.query(
            &self.contracts.heavy_lst,
            &heavy_lst::QueryMsg::TokenInfo {},
        )?;
        Ok(info.total_supply.u128())
    }

    fn heavy(&self) -> HeavyLstContract {
        HeavyLstContract(self.contracts.heavy_lst.clone())
    }

    /// `account`'s balance of the staking denom.
    pub fn native_balance(&self, account: &Addr) -> Result<u128> {
        Ok(self.app.wrap().query_balance(account, DENOM)?.amount.u128())
    }

    /// What the protocol has delegated, over every validator, as the chain reports it.
    pub fn protocol_delegated(&self) -> Result<u128> {
        Ok(self
            .app
            .wrap()
            .query_all_delegations(&self.contracts.lsm_tokenizer)?
            .iter()
            .map(|d| d.amount.amount.u128())
            .sum())
    }

    /// The protocol's unbonding entries in flight, summed over every operator by
    /// completion time: one sum per batch.
    pub fn unbonding_entries(&self) -> Result<BTreeMap<Timestamp, u128>> {
        let tokenizer = &self.contracts.lsm_tokenizer;
        let mut entries: BTreeMap<Timestamp, u128> = BTreeMap::new();
        for validator in &self.operators {
            for entry in self.app.unbonding_entries(tokenizer, validator)? {
                *entries.entry(entry.completion_time).or_default() += entry.balance.u128();
            }
        }
        Ok(entries)
    }

    /// The protocol's delegation to operator `index`.
    pub fn delegated_to(&self, index: usize) -> Result<u128> {
        Ok(self
            .app
            .wrap()
            .query_delegation(&self.contracts.lsm_tokenizer, &self.operators[index])?
            .map(|d| d.amount.amount.u128())
            .unwrap_or_default())
    }

    /// The LSM shares of operator `index` that `account` holds, one coin per share record.
    pub fn lsm_shares(&self, account: &Addr, index: usize) -> Result<Vec<Coin>> {
        let validator = &self.operators[index];
        let mut shares = vec![];
        for record in self.app.tokenize_records()? {
            if record.validator == *validator {
                let denom = share_denom(validator, record.id);
                let coin = self.app.wrap().query_balance(account, denom)?;
                if !coin.amount.is_zero() {
                    shares.push(coin);
                }
            }
        }
        Ok(shares)
    }
}
