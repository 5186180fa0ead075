use cosmwasm_std::{to_json_binary, Uint128};
use faro_types::light_lst::ExecuteMsg;

use super::transfer_msg;
use super::{addr, assert_settled, attr, balance, deposited, exec, holding, raw, reward, state};
use crate::error::ContractError;

/// Alice and Bob hold 100 units each and 90 pending rewards each.
fn rewarded() -> super::MockDeps {
    let mut deps = deposited(&[("alice", 100), ("bob", 100)]);
    reward(&mut deps, 200);
    assert_eq!(holding(&deps, "alice"), (100, 90));
    deps
}

#[test]
fn a_transfer_settles_both_then_moves_units_one_for_one() {
    let mut deps = rewarded();
    let res = exec(&mut deps, "alice", transfer_msg("bob", 150)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer");
    assert_eq!(attr(&res, "from"), addr("alice").to_string());
    assert_eq!(attr(&res, "to"), addr("bob").to_string());
    assert_eq!(attr(&res, "amount"), "150");
    assert_eq!(attr(&res, "reward_index"), "0.9");
    assert_settled(&deps, &[("alice", 40), ("bob", 340)], 380);
}

#[test]
fn a_transfer_to_a_newcomer_and_to_oneself() {
    let mut deps = rewarded();
    exec(&mut deps, "alice", transfer_msg("carol", 190)).unwrap();
    assert_eq!(holding(&deps, "carol"), (190, 0));
    assert_eq!(holding(&deps, "alice"), (0, 0));
    // To oneself: only the settlement shows.
    exec(&mut deps, "bob", transfer_msg("bob", 190)).unwrap();
    assert_eq!(holding(&deps, "bob"), (190, 0));
    assert_eq!(state(&deps).total_units, Uint128::new(380));
}

#[test]
fn send_moves_pending_rewards_too() {
    let mut deps = rewarded();
    let msg = ExecuteMsg::Send {
        contract: addr("vault").to_string(),
        amount: Uint128::new(120),
        msg: to_json_binary(&"stake").unwrap(),
    };
    let res = exec(&mut deps, "alice", msg).unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(balance(&deps, "vault"), 120);
    assert_eq!(balance(&deps, "alice"), 70);
}

/// The other refusals are the conformance suite's.
#[test]
fn more_than_the_balance_counts_pending_rewards() {
    let mut deps = rewarded();
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "alice", transfer_msg("bob", 191)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(190),
            needed: Uint128::new(191)
        }
    );
    assert_eq!(raw(&deps.storage), stored);
}
