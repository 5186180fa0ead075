use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Coin, Uint128};
use cw_utils::PaymentError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus};

use super::{addr, exec, exec_paid, exit, operator, register_as, setup, valoper};
use crate::contract::execute;
use crate::error::ContractError;

fn post_bond(name: &str) -> ExecuteMsg {
    ExecuteMsg::PostBond {
        valoper: valoper(name),
    }
}

#[test]
fn the_operator_adds_to_its_bond() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let res = exec_paid(&mut deps, "alice", 300, post_bond("alice")).unwrap();
    assert_eq!(super::attr(&res, "amount"), "300");
    exec_paid(&mut deps, "alice", 200, post_bond("alice")).unwrap();
    let alice = operator(&deps, "alice");
    assert_eq!(alice.bond, Uint128::new(500));
    // Phase 1: a bond alone activates nobody.
    assert_eq!(alice.status, OperatorStatus::Pending);
    assert!(res.messages.is_empty());
}

#[test]
fn only_the_validator_account_posts_to_a_known_operator() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let err = exec_paid(&mut deps, "mallory", 300, post_bond("alice")).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotValidatorAccount {
            valoper: valoper("alice")
        }
    );
    let err = exec_paid(&mut deps, "bob", 300, post_bond("bob")).unwrap_err();
    assert_eq!(
        err,
        ContractError::OperatorNotFound {
            valoper: valoper("bob")
        }
    );
    assert_eq!(operator(&deps, "alice").bond, Uint128::zero());
}

#[test]
fn a_bond_is_exactly_the_bond_denom_and_not_zero() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let cases = [
        (vec![], PaymentError::NoFunds {}),
        (coins(0, "uatom"), PaymentError::NoFunds {}),
        (
            coins(300, "uosmo"),
            PaymentError::MissingDenom("uatom".to_string()),
        ),
        (
            vec![Coin::new(300u128, "uatom"), Coin::new(1u128, "uosmo")],
            PaymentError::MultipleDenoms {},
        ),
    ];
    for (funds, expected) in cases {
        let info = message_info(&addr("alice"), &funds);
        let err = execute(deps.as_mut(), mock_env(), info, post_bond("alice")).unwrap_err();
        assert_eq!(err, ContractError::Payment(expected));
    }
    assert_eq!(operator(&deps, "alice").bond, Uint128::zero());
}

#[test]
fn an_exiting_operator_posts_no_more_bond() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    exec_paid(&mut deps, "alice", 300, post_bond("alice")).unwrap();
    exec(&mut deps, "alice", exit("alice")).unwrap();
    let err = exec_paid(&mut deps, "alice", 300, post_bond("alice")).unwrap_err();
    assert_eq!(
        err,
        ContractError::InvalidTransition {
            valoper: valoper("alice"),
            status: OperatorStatus::Exiting,
            action: "post a bond",
        }
    );
    assert_eq!(operator(&deps, "alice").bond, Uint128::new(300));
}
