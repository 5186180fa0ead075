use cosmwasm_std::{coin, CosmosMsg, StakingMsg, Uint128};
use faro_types::lsm_tokenizer::Order;

use super::{assert_hub_only, assert_takes_no_funds, attr, exec, messages, setup, valoper};
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
    assert_takes_no_funds(redelegate(&valoper("alice"), &valoper("bob"), 1));
}

#[test]
fn refuses_zero_the_same_validator_and_empty_validators() {
    let (alice, bob) = (valoper("alice"), valoper("bob"));
    let cases = [
        (
            "zero",
            redelegate(&alice, &bob, 0),
            ContractError::ZeroAmount,
        ),
        (
            "same validator",
            redelegate(&alice, &alice, 1),
            ContractError::SameValidator {
                validator: alice.clone(),
            },
        ),
        (
            "no source",
            redelegate("", &bob, 1),
            ContractError::EmptyValidator,
        ),
        (
            "no destination",
            redelegate(&alice, "", 1),
            ContractError::EmptyValidator,
        ),
    ];
    let mut deps = setup();
    for (case, msg, expected) in cases {
        assert_eq!(exec(&mut deps, "hub", msg).unwrap_err(), expected, "{case}");
    }
}
