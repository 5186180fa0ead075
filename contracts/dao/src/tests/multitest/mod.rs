//! The DAO on a multi-test chain with a real FRO token (cw20-base).

mod cycle;
mod stake;
mod treasury;

use anyhow::Result as AnyResult;
use cosmwasm_std::{
    coins, from_json, to_json_binary, Addr, BankMsg, CosmosMsg, Decimal, Empty, Uint128,
};
use cw20::{BalanceResponse, Cw20Coin, Cw20ExecuteMsg, Cw20QueryMsg};
use cw3::{ProposalResponse, Status, Vote};
use cw_multi_test::{App, AppResponse, Contract, ContractWrapper, Executor};
use faro_types::dao::{ExecuteMsg, InstantiateMsg, QueryMsg, ReceiveMsg, StakedResponse};

use super::{fro_call, fro_transfer};
use crate::error::ContractError;

pub(crate) const UNSTAKING_PERIOD: u64 = 14 * 24 * 3600;
pub(crate) const VOTING_PERIOD: u64 = 7 * 24 * 3600;
/// Native coins the treasury starts with.
pub(crate) const TREASURY: u128 = 1_000_000;
/// FRO each holder starts with.
pub(crate) const HOLDERS: [(&str, u128); 5] = [
    ("alice", 400),
    ("bob", 300),
    ("carol", 200),
    ("dave", 100),
    ("erin", 1_000),
];

fn dao_code() -> Box<dyn Contract<Empty>> {
    Box::new(
        ContractWrapper::new(
            crate::contract::execute,
            crate::contract::instantiate,
            crate::contract::query,
        )
        .with_reply(crate::contract::reply)
        .with_migrate(crate::contract::migrate),
    )
}

fn fro_code() -> Box<dyn Contract<Empty>> {
    Box::new(ContractWrapper::new(
        cw20_base::contract::execute,
        cw20_base::contract::instantiate,
        cw20_base::contract::query,
    ))
}

pub(crate) struct Chain {
    pub app: App,
    pub fro: Addr,
    pub dao: Addr,
}

impl Chain {
    pub fn new() -> Self {
        let mut app = App::default();
        let funder = app.api().addr_make("funder");
        app.init_modules(|router, _, storage| {
            router
                .bank
                .init_balance(storage, &funder, coins(TREASURY, "uatom"))
        })
        .unwrap();
        let fro_code = app.store_code(fro_code());
        let dao_code = app.store_code(dao_code());
        let deployer = app.api().addr_make("deployer");
        let initial_balances = HOLDERS
            .iter()
            .map(|(name, amount)| Cw20Coin {
                address: app.api().addr_make(name).to_string(),
                amount: Uint128::new(*amount),
            })
            .collect();
        let fro = app
            .instantiate_contract(
                fro_code,
                deployer.clone(),
                &cw20_base::msg::InstantiateMsg {
                    name: "Faro".to_string(),
                    symbol: "FRO".to_string(),
                    decimals: 6,
                    initial_balances,
                    mint: None,
                    marketing: None,
                },
                &[],
                "fro",
                None,
            )
            .unwrap();
        let dao = app
            .instantiate_contract(
                dao_code,
                deployer.clone(),
                &InstantiateMsg {
                    owner: app.api().addr_make("multisig").to_string(),
                    gov_token: fro.to_string(),
                    unstaking_period: UNSTAKING_PERIOD,
                    voting_period: VOTING_PERIOD,
                    threshold: Decimal::percent(51),
                    quorum: Decimal::percent(33),
                },
                &[],
                "dao",
                Some(deployer.to_string()),
            )
            .unwrap();
        app.send_tokens(funder, dao.clone(), &coins(TREASURY, "uatom"))
            .unwrap();
        Chain { app, fro, dao }
    }

    pub fn addr(&self, name: &str) -> Addr {
        self.app.api().addr_make(name)
    }

    /// Moves on `blocks` blocks of five seconds.
    pub fn advance(&mut self, blocks: u64) {
        self.app.update_block(|block| {
            block.height += blocks;
            block.time = block.time.plus_seconds(5 * blocks);
        });
    }

    /// Moves on past a proposal's voting period.
    pub fn end_vote(&mut self) {
        self.advance(VOTING_PERIOD / 5 + 1);
    }

    pub fn execute(&mut self, sender: &str, msg: &ExecuteMsg) -> AnyResult<AppResponse> {
        let sender = self.addr(sender);
        let dao = self.dao.clone();
        self.app.execute_contract(sender, dao, msg, &[])
    }

    pub fn send_fro(&mut self, from: &str, to: &Addr, amount: u128) -> AnyResult<AppResponse> {
        let msg = fro_transfer(to, amount);
        let sender = self.addr(from);
        let fro = self.fro.clone();
        self.app.execute_contract(sender, fro, &msg, &[])
    }

    pub fn stake(&mut self, staker: &str, amount: u128) -> AnyResult<AppResponse> {
        let msg = Cw20ExecuteMsg::Send {
            contract: self.dao.to_string(),
            amount: Uint128::new(amount),
            msg: to_json_binary(&ReceiveMsg::Stake {})?,
        };
        let sender = self.addr(staker);
        let fro = self.fro.clone();
        self.app.execute_contract(sender, fro, &msg, &[])
    }

    pub fn unstake(&mut self, staker: &str, amount: u128) -> AnyResult<AppResponse> {
        let amount = Uint128::new(amount);
        self.execute(staker, &ExecuteMsg::Unstake { amount })
    }

    pub fn propose(&mut self, proposer: &str, msgs: Vec<CosmosMsg>) -> AnyResult<u64> {
        let msg = ExecuteMsg::Propose {
            title: "Treasury grant".to_string(),
            description: "Pays a grant".to_string(),
            msgs,
            earliest: None,
            latest: None,
        };
        let res = self.execute(proposer, &msg)?;
        Ok(from_json(res.data.unwrap_or_default())?)
    }

    pub fn vote(&mut self, voter: &str, proposal_id: u64, vote: Vote) -> AnyResult<AppResponse> {
        self.execute(voter, &ExecuteMsg::Vote { proposal_id, vote })
    }

    /// Alice proposes `msgs` and bob's yes passes them, in the same block.
    pub fn pass(&mut self, msgs: Vec<CosmosMsg>) -> u64 {
        let id = self.propose("alice", msgs).unwrap();
        self.vote("bob", id, Vote::Yes).unwrap();
        id
    }

    pub fn run(&mut self, proposal_id: u64) -> AnyResult<AppResponse> {
        self.execute("anyone", &ExecuteMsg::Execute { proposal_id })
    }

    pub fn grant(&self, recipient: &str, amount: u128) -> CosmosMsg {
        BankMsg::Send {
            to_address: self.addr(recipient).to_string(),
            amount: coins(amount, "uatom"),
        }
        .into()
    }

    pub fn fro_grant(&self, recipient: &str, amount: u128) -> CosmosMsg {
        let transfer = fro_transfer(&self.addr(recipient), amount);
        fro_call(self.fro.to_string(), &transfer).into()
    }

    pub fn status(&self, proposal_id: u64) -> Status {
        let proposal: ProposalResponse = self
            .app
            .wrap()
            .query_wasm_smart(&self.dao, &QueryMsg::Proposal { proposal_id })
            .unwrap();
        proposal.status
    }

    pub fn native(&self, name: &str) -> u128 {
        let addr = self.addr(name);
        self.app
            .wrap()
            .query_balance(addr, "uatom")
            .unwrap()
            .amount
            .u128()
    }

    pub fn treasury(&self) -> u128 {
        let balance = self.app.wrap().query_balance(&self.dao, "uatom").unwrap();
        balance.amount.u128()
    }

    pub fn fro_of(&self, addr: &Addr) -> u128 {
        let res: BalanceResponse = self
            .app
            .wrap()
            .query_wasm_smart(
                &self.fro,
                &Cw20QueryMsg::Balance {
                    address: addr.to_string(),
                },
            )
            .unwrap();
        res.balance.u128()
    }

    pub fn staked(&self, name: &str) -> StakedResponse {
        let address = self.addr(name).to_string();
        self.app
            .wrap()
            .query_wasm_smart(&self.dao, &QueryMsg::Staked { address })
            .unwrap()
    }

    /// alice 400, bob 300, carol 200 and dave 100 staked, then one block on.
    pub fn staked_for_votes() -> Self {
        let mut chain = Chain::new();
        for (name, amount) in &HOLDERS[..4] {
            chain.stake(name, *amount).unwrap();
        }
        chain.advance(1);
        chain
    }
}

/// Asserts that `res` failed with `expected`, the DAO's error at the root of the failure
/// (multi-test keeps a contract's error as its message).
#[track_caller]
pub(crate) fn assert_refused<T: std::fmt::Debug>(res: AnyResult<T>, expected: ContractError) {
    let err = res.unwrap_err();
    assert_eq!(
        err.root_cause().to_string(),
        expected.to_string(),
        "{err:?}"
    );
}
