use cosmwasm_std::{coin, coins, CosmosMsg, StakingMsg, Uint128};
use cw_utils::PaymentError;
use faro_types::lsm_tokenizer::Order;

use super::{assert_hub_only, attr, exec, exec_paying, messages, setup, valoper};
use crate::error::ContractError;

fn redelegate(src: &str, dst: &str, amount: u128) -> Order {
    Order::Redelegate {
        src: src.to_string(),
        dst: dst.to_string(),
        amount: Uint128::new(amount),
    }
}

#[test]
fn moves_stake_between_validators() {
    let mut deps = setup();
    let msg = redelegate(&valoper("alice"), &valoper("bob"), 250);
    let res = exec(&mut deps, "hub", msg).unwrap();
    assert_eq!(
        messages(&res),
        vec![CosmosMsg::Staking(StakingMsg::Redelegate {
            src_validator: valoper("alice"),
            dst_validator: valoper("bob"),
            amount: coin(250, "uatom"),
        })]
    );
    assert_eq!(attr(&res, "action"), "redelegate");
    assert_eq!(attr(&res, "src"), valoper("alice"));
    assert_eq!(attr(&res, "dst"), valoper("bob"));
    assert_eq!(attr(&res, "amount"), "250");
}

#[test]
fn only_the_hub_redelegates() {
    assert_hub_only(
        redelegate(&valoper("alice"), &valoper("bob"), 1),
        "redelegate",
    );
}

#[test]
fn takes_no_funds() {
    let mut deps = setup();
    let msg = redelegate(&valoper("alice"), &valoper("bob"), 1);
    let err = exec_paying(&mut deps, "hub", &coins(1, "uatom"), msg).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn refuses_a_move_to_the_same_validator() {
    let mut deps = setup();
    let err = exec(
        &mut deps,
        "hub",
        redelegate(&valoper("alice"), &valoper("alice"), 1),
    )
    .unwrap_err();
    assert_eq!(
        err,
        ContractError::SameValidator {
            validator: valoper("alice")
        }
    );
}

#[test]
fn refuses_zero_and_empty_validators() {
    let mut deps = setup();
    let err = exec(
        &mut deps,
        "hub",
        redelegate(&valoper("alice"), &valoper("bob"), 0),
    )
    .unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    for (src, dst) in [("", valoper("bob")), (&valoper("alice")[..], String::new())] {
        let err = exec(&mut deps, "hub", redelegate(src, &dst, 1)).unwrap_err();
        assert_eq!(err, ContractError::EmptyValidator);
    }
}
