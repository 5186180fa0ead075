use cosmwasm_std::{coins, CosmosMsg, DistributionMsg};
use cw_utils::PaymentError;
use faro_types::lsm_tokenizer::Order;

use super::{assert_hub_only, attr, attrs, exec, exec_paying, messages, setup, valoper};
use crate::error::ContractError;
use crate::execute::MAX_ENTRIES;

fn withdraw(validators: Vec<String>) -> Order {
    Order::WithdrawRewards { validators }
}

#[test]
fn withdraws_from_each_validator() {
    let mut deps = setup();
    let validators = vec![valoper("alice"), valoper("bob")];
    let res = exec(&mut deps, "hub", withdraw(validators.clone())).unwrap();
    assert_eq!(
        messages(&res),
        validators
            .iter()
            .map(
                |validator| CosmosMsg::Distribution(DistributionMsg::WithdrawDelegatorReward {
                    validator: validator.clone()
                })
            )
            .collect::<Vec<_>>()
    );
    assert_eq!(attr(&res, "action"), "withdraw_rewards");
    assert_eq!(attr(&res, "validators"), "2");
    assert_eq!(attrs(&res, "validator"), validators);
}

#[test]
fn nothing_to_withdraw_sends_nothing() {
    let mut deps = setup();
    let res = exec(&mut deps, "hub", withdraw(vec![])).unwrap();
    assert!(res.messages.is_empty());
    assert_eq!(attr(&res, "validators"), "0");
}

#[test]
fn only_the_hub_withdraws() {
    assert_hub_only(withdraw(vec![valoper("alice")]), "withdraw rewards");
}

#[test]
fn takes_no_funds() {
    let mut deps = setup();
    let msg = withdraw(vec![valoper("alice")]);
    let err = exec_paying(&mut deps, "hub", &coins(1, "uatom"), msg).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn refuses_oversized_lists_and_empty_validators() {
    let mut deps = setup();
    let full = vec![valoper("alice"); MAX_ENTRIES];
    exec(&mut deps, "hub", withdraw(full.clone())).unwrap();
    let mut over = full;
    over.push(valoper("bob"));
    let err = exec(&mut deps, "hub", withdraw(over)).unwrap_err();
    assert_eq!(
        err,
        ContractError::TooManyEntries {
            list: "validators",
            len: 101,
            max: 100
        }
    );
    let err = exec(
        &mut deps,
        "hub",
        withdraw(vec![valoper("alice"), String::new()]),
    )
    .unwrap_err();
    assert_eq!(err, ContractError::EmptyValidator);
}
