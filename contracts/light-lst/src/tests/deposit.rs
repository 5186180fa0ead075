use cosmwasm_std::Uint128;
use faro_types::light_lst::ExecuteMsg;

use super::{
    addr, assert_settled, attr, balance, coins, deposited, exec_paying, holding, raw,
    refuses_wrong_funds, reward, setup, state, total_supply,
};
use crate::error::ContractError;

#[test]
fn a_deposit_credits_units_one_for_one() {
    let mut deps = setup();
    let msg = ExecuteMsg::Deposit { recipient: None };
    let res = exec_paying(&mut deps, "alice", &coins(1_000), msg).unwrap();
    assert_eq!(attr(&res, "action"), "deposit");
    assert_eq!(attr(&res, "to"), addr("alice").to_string());
    assert_eq!(attr(&res, "amount"), "1000");
    assert_eq!(attr(&res, "rewards_settled"), "0");
    assert!(res.messages.is_empty());
    assert_eq!(holding(&deps, "alice"), (1_000, 0));
    assert_eq!(balance(&deps, "alice"), 1_000);
    assert_eq!(state(&deps).total_units, Uint128::new(1_000));
    assert_eq!(total_supply(&deps), 1_000);
}

#[test]
fn a_deposit_for_another_settles_the_recipient_first() {
    let mut deps = deposited(&[("alice", 100)]);
    // 10 % of 110 to the operator, 99 over 100 units.
    reward(&mut deps, 110);
    assert_eq!(holding(&deps, "alice"), (100, 99));

    let msg = ExecuteMsg::Deposit {
        recipient: Some(addr("alice").to_string()),
    };
    let res = exec_paying(&mut deps, "bob", &coins(50), msg).unwrap();
    assert_eq!(attr(&res, "from"), addr("bob").to_string());
    assert_eq!(attr(&res, "rewards_settled"), "99");
    assert_settled(&deps, &[("alice", 249), ("bob", 0)], 249);
}

#[test]
fn refuses_missing_wrong_or_extra_funds_and_a_bad_recipient() {
    let mut deps = deposited(&[("alice", 10)]);
    let stored = raw(&deps.storage);
    let to_self = ExecuteMsg::Deposit { recipient: None };
    refuses_wrong_funds(&mut deps, "alice", to_self);
    let bad = ExecuteMsg::Deposit {
        recipient: Some("ALICE".to_string()),
    };
    assert!(matches!(
        exec_paying(&mut deps, "alice", &coins(5), bad).unwrap_err(),
        ContractError::Std(_)
    ));
    assert_eq!(raw(&deps.storage), stored);
}
