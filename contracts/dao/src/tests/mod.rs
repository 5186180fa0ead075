mod config;
mod cw3_spec;
mod execute;
mod multitest;
mod propose;
mod queries;
mod stake;
mod vote;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    coins, to_json_binary, Addr, BankMsg, CosmosMsg, Decimal, Env, MemoryStorage, OwnedDeps,
    Response, Timestamp, Uint128, WasmMsg,
};
use cw20::{Cw20ExecuteMsg, Cw20ReceiveMsg};
use cw3::Vote;
use faro_types::dao::{ExecuteMsg, InstantiateMsg, ReceiveMsg};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

pub(crate) const UNSTAKING_PERIOD: u64 = 14 * 24 * 3600;
pub(crate) const VOTING_PERIOD: u64 = 7 * 24 * 3600;
/// The height the DAO is instantiated at; tests move on from there.
pub(crate) const START: u64 = 100;

pub(crate) fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("multisig").to_string(),
        gov_token: addr("fro").to_string(),
        unstaking_period: UNSTAKING_PERIOD,
        voting_period: VOTING_PERIOD,
        threshold: Decimal::percent(51),
        quorum: Decimal::percent(33),
    }
}

/// The chain at `height`, five seconds a block.
pub(crate) fn at(height: u64) -> Env {
    let mut env = mock_env();
    env.block.height = height;
    env.block.time = Timestamp::from_seconds(1_700_000_000 + 5 * height);
    env
}

pub(crate) fn setup() -> Deps {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps.as_mut(), at(START), info, instantiate_msg()).unwrap();
    deps
}

/// What a DAO message answers.
pub(crate) type Outcome = Result<Response, ContractError>;

pub(crate) fn run(deps: &mut Deps, env: Env, sender: &str, msg: ExecuteMsg) -> Outcome {
    execute(deps.as_mut(), env, message_info(&addr(sender), &[]), msg)
}

/// `msg` from `sender` with one uatom attached; every DAO message refuses funds.
pub(crate) fn run_paid(deps: &mut Deps, env: Env, sender: &str, msg: ExecuteMsg) -> Outcome {
    let info = message_info(&addr(sender), &coins(1, "uatom"));
    execute(deps.as_mut(), env, info, msg)
}

/// `staker` sends `amount` FRO to the DAO with the stake hook.
pub(crate) fn stake(
    deps: &mut Deps,
    height: u64,
    staker: &str,
    amount: u128,
) -> Result<Response, ContractError> {
    let hook = ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr(staker).to_string(),
        amount: Uint128::new(amount),
        msg: to_json_binary(&ReceiveMsg::Stake {}).unwrap(),
    });
    run(deps, at(height), "fro", hook)
}

pub(crate) fn unstake(
    deps: &mut Deps,
    height: u64,
    staker: &str,
    amount: u128,
) -> Result<Response, ContractError> {
    let msg = ExecuteMsg::Unstake {
        amount: Uint128::new(amount),
    };
    run(deps, at(height), staker, msg)
}

/// A treasury payment of `amount` uatom to `recipient`.
pub(crate) fn pay(recipient: &str, amount: u128) -> CosmosMsg {
    BankMsg::Send {
        to_address: addr(recipient).to_string(),
        amount: coins(amount, "uatom"),
    }
    .into()
}

/// A cw20 transfer of `amount` to `recipient`.
pub(crate) fn fro_transfer(recipient: &Addr, amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::Transfer {
        recipient: recipient.to_string(),
        amount: Uint128::new(amount),
    }
}

/// `msg` to the token contract at `contract`, as a proposal carries it.
pub(crate) fn fro_call(contract: String, msg: &Cw20ExecuteMsg) -> WasmMsg {
    WasmMsg::Execute {
        contract_addr: contract,
        msg: to_json_binary(msg).unwrap(),
        funds: vec![],
    }
}

/// The block at `height` with the clock one nanosecond short of the last timestamp.
pub(crate) fn at_the_last_moment(height: u64) -> Env {
    let mut env = at(height);
    env.block.time = Timestamp::from_nanos(u64::MAX - 1);
    env
}

/// Proposal `id`'s status as a query at `height` reports it.
pub(crate) fn status(deps: &Deps, height: u64, id: u64) -> cw3::Status {
    crate::query::proposal(deps.as_ref(), at(height), id)
        .unwrap()
        .status
}

pub(crate) fn propose_msgs(
    deps: &mut Deps,
    height: u64,
    proposer: &str,
    msgs: Vec<CosmosMsg>,
) -> Result<u64, ContractError> {
    let msg = ExecuteMsg::Propose {
        title: "Pay the auditors".to_string(),
        description: "From the treasury".to_string(),
        msgs,
        earliest: None,
        latest: None,
    };
    let res = run(deps, at(height), proposer, msg)?;
    Ok(cosmwasm_std::from_json(res.data.unwrap()).unwrap())
}

pub(crate) fn propose(deps: &mut Deps, height: u64, proposer: &str) -> Result<u64, ContractError> {
    propose_msgs(deps, height, proposer, vec![pay("auditor", 1_000)])
}

pub(crate) fn vote(
    deps: &mut Deps,
    height: u64,
    voter: &str,
    proposal_id: u64,
    vote: Vote,
) -> Result<Response, ContractError> {
    run(
        deps,
        at(height),
        voter,
        ExecuteMsg::Vote { proposal_id, vote },
    )
}

/// Stakes alice 40, bob 30, carol 20 and dave 10 (of 100) at `START`.
pub(crate) fn staked_setup() -> Deps {
    let mut deps = setup();
    for (name, amount) in [("alice", 40), ("bob", 30), ("carol", 20), ("dave", 10)] {
        stake(&mut deps, START, name, amount).unwrap();
    }
    deps
}
