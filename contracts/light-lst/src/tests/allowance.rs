use cosmwasm_std::Uint128;
use faro_types::light_lst::ExecuteMsg;

use super::{addr, attr, deposit, exec, holding, raw, reward, setup, MockDeps};
use crate::error::ContractError;

fn approve(deps: &mut MockDeps, owner: &str, spender: &str, amount: u128) {
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

fn allowance(deps: &MockDeps, owner: &str, spender: &str) -> u128 {
    let (owner, spender) = (addr(owner).to_string(), addr(spender).to_string());
    faro_cw20::query::allowance(deps.as_ref(), owner, spender)
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
}

/// The allowance's own refusals are the conformance suite's.
#[test]
fn a_spender_is_refused_what_the_balance_does_not_cover() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 10);
    approve(&mut deps, "alice", "pool", 100);
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 11)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(10),
            needed: Uint128::new(11)
        }
    );
    assert_eq!(raw(&deps.storage), stored);
}
