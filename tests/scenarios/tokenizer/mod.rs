//! The tokenizer on the chain model, deployed in the full suite, taking the hub's orders
//! directly: what the chain shows after each of them, one module per message.

mod delegate;
mod instantiate;
mod pay;
mod redeem;
mod redelegate;
mod tokenize;
mod undelegate;
mod withdraw_rewards;

use anyhow::Result;
use cosmwasm_std::{coin, coins, Addr, Coin, CosmosMsg, Empty, StakingMsg, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::{account, DENOM, LSM_MODULE};
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;
use faro_types::liquid::{share_denom, LsmModule};
use faro_types::lsm_tokenizer::{ExecuteMsg, Order, Stake};

pub const MODULE: LsmModule = LSM_MODULE;

/// The suite, with the tokenizer and the hub it obeys.
pub struct Chain {
    pub suite: Suite,
    pub tokenizer: Addr,
    pub hub: Addr,
}

impl Chain {
    /// Three validators and the protocol deployed.
    pub fn start() -> Self {
        let suite = Suite::builder().operators(3).build().unwrap();
        let tokenizer = suite.contracts.lsm_tokenizer.clone();
        let hub = suite.contracts.hub.clone();
        Chain {
            suite,
            tokenizer,
            hub,
        }
    }

    /// Started, with the tokenizer delegating each `(validator, amount)` of `parts` for the
    /// hub.
    pub fn with_stake(parts: &[(usize, u128)]) -> Self {
        let mut chain = Self::start();
        chain.delegate(parts);
        chain
    }

    pub fn validator(&self, index: usize) -> String {
        self.suite.operators[index].clone()
    }

    /// `amount` at validator `index`, as an order states it.
    pub fn stake(&self, index: usize, amount: u128) -> Stake {
        Stake {
            validator: self.validator(index),
            amount: Uint128::new(amount),
        }
    }

    /// Governance gives `to` some of its bond-denom tokens.
    pub fn fund(&mut self, to: &Addr, amount: u128) {
        let governance = self.suite.roles.governance.clone();
        self.suite
            .app
            .send_tokens(governance, to.clone(), &coins(amount, DENOM))
            .unwrap();
    }

    /// `msg` from `sender`, with `funds`.
    pub fn exec(&mut self, sender: &Addr, msg: &Order, funds: &[Coin]) -> Result<AppResponse> {
        let tokenizer = self.tokenizer.clone();
        self.suite.app.execute_contract(
            sender.clone(),
            tokenizer,
            &ExecuteMsg::Order(msg.clone()),
            funds,
        )
    }

    /// The hub's order, with `funds`.
    pub fn order(&mut self, msg: &Order, funds: &[Coin]) -> Result<AppResponse> {
        let hub = self.hub.clone();
        self.exec(&hub, msg, funds)
    }

    /// The hub, funded for it, has the tokenizer delegate each `(validator, amount)`
    /// with the tokens attached.
    pub fn delegate(&mut self, parts: &[(usize, u128)]) -> AppResponse {
        let total: u128 = parts.iter().map(|(_, amount)| amount).sum();
        let hub = self.hub.clone();
        self.fund(&hub, total);
        let delegations = parts
            .iter()
            .map(|&(index, amount)| self.stake(index, amount))
            .collect();
        let msg = Order::Delegate { delegations };
        self.order(&msg, &coins(total, DENOM)).unwrap()
    }

    /// What `delegator` has delegated to validator `index`, as the chain reports it.
    pub fn delegated(&self, delegator: &Addr, index: usize) -> u128 {
        self.suite
            .app
            .wrap()
            .query_delegation(delegator, self.validator(index))
            .unwrap()
            .map_or(0, |d| d.amount.amount.u128())
    }

    /// What the tokenizer has delegated to validator `index`.
    pub fn staked(&self, index: usize) -> u128 {
        self.delegated(&self.tokenizer, index)
    }

    pub fn balance(&self, address: &Addr, denom: &str) -> u128 {
        self.suite
            .app
            .wrap()
            .query_balance(address, denom)
            .unwrap()
            .amount
            .u128()
    }

    /// `user`, funded for it, delegates `amount` to validator `index` and tokenizes it
    /// all: the share tokens it holds then.
    pub fn user_shares(&mut self, user: &Addr, index: usize, amount: u128) -> Coin {
        self.fund(user, amount);
        let validator = self.validator(index);
        let delegate: CosmosMsg<Empty> = CosmosMsg::Staking(StakingMsg::Delegate {
            validator: validator.clone(),
            amount: coin(amount, DENOM),
        });
        self.suite.app.execute(user.clone(), delegate).unwrap();
        let tokenize = MODULE.tokenize_msg(user, validator, coin(amount, DENOM), user);
        self.suite.app.execute(user.clone(), tokenize).unwrap();
        let record = self.suite.app.tokenize_records().unwrap();
        let denom = share_denom(&self.validator(index), record.last().unwrap().id);
        coin(self.balance(user, &denom), denom)
    }

    /// What `shares` are worth on the chain now.
    pub fn share_value(&self, shares: &Coin) -> u128 {
        self.suite
            .app
            .share_value(&shares.denom, shares.amount)
            .unwrap()
            .unwrap()
            .u128()
    }
}

/// The error's innermost message.
pub fn root(err: anyhow::Error) -> String {
    err.root_cause().to_string()
}

pub fn user(name: &str) -> Addr {
    account(name)
}
