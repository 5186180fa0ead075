use cosmwasm_std::{to_json_binary, Binary, Uint128};
use cw20::Cw20ReceiveMsg;
use cw_utils::PaymentError;
use faro_types::light_lst::ExecuteMsg;

use super::{
    addr, attr, balance, coins, deposit, exec, exec_paying, holding, raw, reward, setup, state,
    transfer_msg,
};
use crate::error::ContractError;

/// Alice and Bob hold 100 units each and 90 pending rewards each.
fn rewarded() -> super::TestDeps {
    let mut deps = setup();
    deposit(&mut deps, "alice", 100);
    deposit(&mut deps, "bob", 100);
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
    assert_eq!(holding(&deps, "alice"), (40, 0));
    assert_eq!(holding(&deps, "bob"), (340, 0));
    let state = state(&deps);
    assert_eq!(state.total_units, Uint128::new(380));
    assert_eq!(state.unsettled_rewards, Uint128::zero());
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
fn send_moves_then_calls_the_hook() {
    let mut deps = rewarded();
    let hook = to_json_binary(&"stake").unwrap();
    let msg = ExecuteMsg::Send {
        contract: addr("vault").to_string(),
        amount: Uint128::new(120),
        msg: hook.clone(),
    };
    let res = exec(&mut deps, "alice", msg).unwrap();
    let expected = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(120),
        msg: hook,
    }
    .into_cosmos_msg(addr("vault").to_string())
    .unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!(balance(&deps, "vault"), 120);
    assert_eq!(balance(&deps, "alice"), 70);
}

#[test]
fn refuses_zero_more_than_the_balance_funds_and_bad_addresses() {
    let mut deps = rewarded();
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "alice", transfer_msg("bob", 0)).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(
        exec(&mut deps, "alice", transfer_msg("bob", 191)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(190),
            needed: Uint128::new(191)
        }
    );
    assert_eq!(
        exec_paying(&mut deps, "alice", &coins(1), transfer_msg("bob", 1)).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    let bad = ExecuteMsg::Transfer {
        recipient: "BOB".to_string(),
        amount: Uint128::one(),
    };
    assert!(matches!(
        exec(&mut deps, "alice", bad).unwrap_err(),
        ContractError::Std(_)
    ));
    let too_much = ExecuteMsg::Send {
        contract: addr("vault").to_string(),
        amount: Uint128::new(1_000),
        msg: Binary::default(),
    };
    assert!(matches!(
        exec(&mut deps, "alice", too_much).unwrap_err(),
        ContractError::InsufficientBalance { .. }
    ));
    assert_eq!(raw(&deps.storage), stored);
}
