use cosmwasm_std::{coins, BankMsg, CosmosMsg, Uint128};
use faro_types::lsm_tokenizer::Order;

use super::{addr, assert_hub_only, assert_takes_no_funds, attr, exec, messages, setup};
use crate::error::ContractError;

fn pay(recipient: &str, amount: u128) -> Order {
    Order::Pay {
        recipient: recipient.to_string(),
        amount: Uint128::new(amount),
    }
}

#[test]
fn pays_the_bond_denom() {
    let mut deps = setup();
    let res = exec(&mut deps, "hub", pay(addr("alice").as_str(), 77)).unwrap();
    assert_eq!(
        messages(&res),
        vec![CosmosMsg::Bank(BankMsg::Send {
            to_address: addr("alice").to_string(),
            amount: coins(77, "uatom"),
        })]
    );
    assert_eq!(attr(&res, "action"), "pay");
    assert_eq!(attr(&res, "recipient"), addr("alice").as_str());
    assert_eq!(attr(&res, "amount"), "77");
}

#[test]
fn only_the_hub_pays() {
    assert_hub_only(pay(addr("mallory").as_str(), 1), "pay");
}

#[test]
fn takes_no_funds() {
    assert_takes_no_funds(pay(addr("alice").as_str(), 1));
}

#[test]
fn refuses_zero_and_malformed_recipients() {
    let mut deps = setup();
    let err = exec(&mut deps, "hub", pay(addr("alice").as_str(), 0)).unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    let err = exec(&mut deps, "hub", pay("alice", 1)).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
}
