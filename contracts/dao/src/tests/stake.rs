use cosmwasm_std::testing::message_info;
use cosmwasm_std::{
    coins, from_json, to_json_binary, Binary, CosmosMsg, Timestamp, Uint128, WasmMsg,
};
use cw20::{Cw20ExecuteMsg, Cw20ReceiveMsg};
use faro_types::dao::{Claim, ExecuteMsg, MAX_CLAIMS};

use super::{
    addr, at, at_the_last_moment, fro_transfer, run, run_paid, setup, stake, staked_setup, unstake,
    START, UNSTAKING_PERIOD,
};
use crate::contract::execute;
use crate::error::ContractError;
use crate::power::{self, STAKE_CAP};
use crate::query;

fn staked(deps: &super::Deps, name: &str) -> (u128, u128) {
    let res = query::staked(deps.as_ref(), addr(name).to_string()).unwrap();
    (res.staked.u128(), res.total_staked.u128())
}

#[test]
fn staking_adds_power_from_the_next_block() {
    let mut deps = setup();
    let res = stake(&mut deps, START, "alice", 40).unwrap();
    assert_eq!(res.attributes[0].value, "stake");
    stake(&mut deps, START + 1, "alice", 10).unwrap();
    stake(&mut deps, START + 1, "bob", 30).unwrap();
    assert_eq!(staked(&deps, "alice"), (50, 80));
    let store = deps.as_ref().storage;
    assert_eq!(power::power_at(store, &addr("alice"), START).unwrap(), 0);
    assert_eq!(
        power::power_at(store, &addr("alice"), START + 1).unwrap(),
        40
    );
    assert_eq!(
        power::power_at(store, &addr("alice"), START + 2).unwrap(),
        50
    );
    assert_eq!(power::total_power_at(store, START + 1).unwrap(), 40);
    assert_eq!(power::total_power_at(store, START + 2).unwrap(), 80);
}

#[test]
fn only_the_gov_token_stakes() {
    let mut deps = setup();
    let hook = ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(10),
        msg: to_json_binary(&faro_types::dao::ReceiveMsg::Stake {}).unwrap(),
    });
    let err = run(&mut deps, at(START), "other_token", hook).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotGovToken {
            sender: addr("other_token").to_string(),
            gov_token: addr("fro").to_string(),
        }
    );
    assert_eq!(staked(&deps, "alice"), (0, 0));
}

#[test]
fn refuses_zero_unknown_hooks_and_funds() {
    let mut deps = setup();
    assert_eq!(
        stake(&mut deps, START, "alice", 0).unwrap_err(),
        ContractError::ZeroAmount
    );
    let hook = ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(10),
        msg: Binary::from(br#"{"unbond":{}}"#),
    });
    let err = run(&mut deps, at(START), "fro", hook).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
    let info = message_info(&addr("alice"), &coins(5, "uatom"));
    let err = execute(deps.as_mut(), at(START), info, ExecuteMsg::Claim {}).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    assert_eq!(staked(&deps, "alice"), (0, 0));
}

#[test]
fn the_total_stake_stays_countable_as_cw3_weights() {
    let mut deps = setup();
    stake(&mut deps, START, "alice", STAKE_CAP.u128()).unwrap();
    let err = stake(&mut deps, START, "bob", 1).unwrap_err();
    assert_eq!(
        err,
        ContractError::StakeCapExceeded {
            amount: Uint128::one(),
            cap: STAKE_CAP
        }
    );
    assert_eq!(staked(&deps, "bob"), (0, STAKE_CAP.u128()));
}

#[test]
fn unstaking_drops_power_and_opens_a_claim() {
    let mut deps = staked_setup();
    let res = unstake(&mut deps, START + 10, "alice", 15).unwrap();
    assert!(res.messages.is_empty());
    assert_eq!(staked(&deps, "alice"), (25, 85));
    let claims = query::claims(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert_eq!(
        claims.claims,
        vec![Claim {
            amount: Uint128::new(15),
            release_at: at(START + 10).block.time.plus_seconds(UNSTAKING_PERIOD),
        }]
    );
    let store = deps.as_ref().storage;
    assert_eq!(
        power::power_at(store, &addr("alice"), START + 10).unwrap(),
        40
    );
    assert_eq!(
        power::power_at(store, &addr("alice"), START + 11).unwrap(),
        25
    );
}

#[test]
fn unstaking_everything_removes_the_voter() {
    let mut deps = staked_setup();
    unstake(&mut deps, START + 1, "dave", 10).unwrap();
    let voter = query::voter(deps.as_ref(), addr("dave").to_string()).unwrap();
    assert_eq!(voter.weight, None);
    let voters = query::list_voters(deps.as_ref(), None, None).unwrap();
    assert_eq!(voters.voters.len(), 3);
}

#[test]
fn refuses_to_unstake_zero_or_more_than_staked() {
    let mut deps = staked_setup();
    assert_eq!(
        unstake(&mut deps, START + 1, "alice", 0).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(
        unstake(&mut deps, START + 1, "alice", 41).unwrap_err(),
        ContractError::InsufficientStake {
            amount: Uint128::new(41),
            staked: Uint128::new(40)
        }
    );
    assert_eq!(
        unstake(&mut deps, START + 1, "erin", 1).unwrap_err(),
        ContractError::InsufficientStake {
            amount: Uint128::one(),
            staked: Uint128::zero()
        }
    );
    assert_eq!(staked(&deps, "alice"), (40, 100));
}

#[test]
fn pending_claims_are_capped() {
    let mut deps = staked_setup();
    for i in 0..MAX_CLAIMS as u64 {
        unstake(&mut deps, START + 1 + i, "alice", 1).unwrap();
    }
    let err = unstake(&mut deps, START + 50, "alice", 1).unwrap_err();
    assert_eq!(err, ContractError::TooManyClaims { max: MAX_CLAIMS });
    assert_eq!(staked(&deps, "alice").0, 40 - MAX_CLAIMS as u128);
}

fn transfer_of(res: &cosmwasm_std::Response) -> (String, Cw20ExecuteMsg) {
    let CosmosMsg::Wasm(WasmMsg::Execute {
        contract_addr, msg, ..
    }) = &res.messages[0].msg
    else {
        panic!("{:?}", res.messages)
    };
    (contract_addr.clone(), from_json(msg).unwrap())
}

#[test]
fn claims_pay_only_what_is_released() {
    let mut deps = staked_setup();
    unstake(&mut deps, START + 1, "alice", 10).unwrap();
    unstake(&mut deps, START + 2, "alice", 5).unwrap();
    let err = run(&mut deps, at(START + 3), "alice", ExecuteMsg::Claim {}).unwrap_err();
    assert_eq!(err, ContractError::NothingToClaim);

    let mut env = at(START + 1);
    env.block.time = env.block.time.plus_seconds(UNSTAKING_PERIOD);
    let res = execute(
        deps.as_mut(),
        env,
        message_info(&addr("alice"), &[]),
        ExecuteMsg::Claim {},
    )
    .unwrap();
    let (token, transfer) = transfer_of(&res);
    assert_eq!(token, addr("fro").to_string());
    assert_eq!(transfer, fro_transfer(&addr("alice"), 10));
    let left = query::claims(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert_eq!(left.claims.len(), 1);
    assert_eq!(left.claims[0].amount, Uint128::new(5));

    let mut env = at(START + 2);
    env.block.time = Timestamp::from_seconds(4_000_000_000);
    execute(
        deps.as_mut(),
        env,
        message_info(&addr("alice"), &[]),
        ExecuteMsg::Claim {},
    )
    .unwrap();
    let left = query::claims(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert!(left.claims.is_empty());
}

#[test]
fn refuses_funds_on_unstake() {
    let mut deps = staked_setup();
    let msg = ExecuteMsg::Unstake {
        amount: Uint128::new(10),
    };
    let err = run_paid(&mut deps, at(START + 1), "alice", msg).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    assert_eq!(staked(&deps, "alice"), (40, 100));
    let claims = query::claims(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert!(claims.claims.is_empty());
}

#[test]
fn a_release_past_the_last_timestamp_is_an_error_and_unstakes_nothing() {
    let mut deps = staked_setup();
    let env = at_the_last_moment(START + 1);
    let msg = ExecuteMsg::Unstake {
        amount: Uint128::new(10),
    };
    let err = run(&mut deps, env, "alice", msg).unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)), "{err:?}");
    assert_eq!(staked(&deps, "alice"), (40, 100));
    let claims = query::claims(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert!(claims.claims.is_empty());
}
