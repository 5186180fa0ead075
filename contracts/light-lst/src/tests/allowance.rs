use cosmwasm_std::{Binary, Uint128};
use cw20::Cw20ReceiveMsg;
use faro_cw20::AllowanceError;
use faro_types::light_lst::ExecuteMsg;

use super::{addr, attr, deposit, exec, holding, raw, reward, setup, TestDeps};
use crate::error::ContractError;
use crate::query;

fn approve(deps: &mut TestDeps, owner: &str, spender: &str, amount: u128) {
    let msg = ExecuteMsg::IncreaseAllowance {
        spender: addr(spender).to_string(),
        amount: Uint128::new(amount),
        expires: None,
    };
    exec(deps, owner, msg).unwrap();
}

fn transfer_from(owner: &str, to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::TransferFrom {
        owner: addr(owner).to_string(),
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

fn allowance(deps: &TestDeps, owner: &str, spender: &str) -> u128 {
    let (owner, spender) = (addr(owner).to_string(), addr(spender).to_string());
    query::allowance(deps.as_ref(), owner, spender)
        .unwrap()
        .allowance
        .u128()
}

#[test]
fn allowances_are_in_balance_units_and_cover_pending_rewards() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 100);
    reward(&mut deps, 100);
    approve(&mut deps, "alice", "pool", 150);
    let res = exec(&mut deps, "pool", transfer_from("alice", "carol", 150)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer_from");
    assert_eq!(attr(&res, "by"), addr("pool").to_string());
    assert_eq!(holding(&deps, "alice"), (40, 0));
    assert_eq!(holding(&deps, "carol"), (150, 0));
    assert_eq!(allowance(&deps, "alice", "pool"), 0);

    let decrease = ExecuteMsg::DecreaseAllowance {
        spender: addr("pool").to_string(),
        amount: Uint128::new(1),
        expires: None,
    };
    assert_eq!(
        exec(&mut deps, "alice", decrease).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
}

#[test]
fn send_from_calls_the_hook_as_the_spender() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 100);
    approve(&mut deps, "alice", "router", 60);
    let msg = ExecuteMsg::SendFrom {
        owner: addr("alice").to_string(),
        contract: addr("vault").to_string(),
        amount: Uint128::new(60),
        msg: Binary::from(b"{}".to_vec()),
    };
    let res = exec(&mut deps, "router", msg).unwrap();
    let expected = Cw20ReceiveMsg {
        sender: addr("router").to_string(),
        amount: Uint128::new(60),
        msg: Binary::from(b"{}".to_vec()),
    }
    .into_cosmos_msg(addr("vault").to_string())
    .unwrap();
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!(holding(&deps, "vault"), (60, 0));
}

#[test]
fn the_allowance_is_checked_before_the_balance_and_kept_on_failure() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 10);
    approve(&mut deps, "alice", "pool", 100);
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 101)).unwrap_err(),
        ContractError::Allowance(AllowanceError::InsufficientAllowance {
            allowance: Uint128::new(100),
            needed: Uint128::new(101)
        })
    );
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 11)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(10),
            needed: Uint128::new(11)
        }
    );
    assert_eq!(
        exec(&mut deps, "mallory", transfer_from("alice", "carol", 1)).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 0)).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(raw(&deps.storage), stored);
    assert_eq!(allowance(&deps, "alice", "pool"), 100);
}
