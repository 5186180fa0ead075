use cosmwasm_std::{coin, coins, CosmosMsg, OverflowError, OverflowOperation, StakingMsg, Uint128};
use cw_utils::PaymentError;
use faro_types::lsm_tokenizer::{Order, Stake};

use super::{assert_hub_only, attr, attrs, exec, exec_paying, messages, setup, stake, valoper};
use crate::error::ContractError;
use crate::execute::MAX_ENTRIES;

fn delegate(delegations: Vec<Stake>) -> Order {
    Order::Delegate { delegations }
}

#[test]
fn delegates_each_part() {
    let mut deps = setup();
    let msg = delegate(vec![stake("alice", 300), stake("bob", 700)]);
    let res = exec_paying(&mut deps, "hub", &coins(1_000, "uatom"), msg).unwrap();
    assert_eq!(
        messages(&res),
        vec![
            CosmosMsg::Staking(StakingMsg::Delegate {
                validator: valoper("alice"),
                amount: coin(300, "uatom"),
            }),
            CosmosMsg::Staking(StakingMsg::Delegate {
                validator: valoper("bob"),
                amount: coin(700, "uatom"),
            }),
        ]
    );
    assert_eq!(attr(&res, "action"), "delegate");
    assert_eq!(attr(&res, "parts"), "2");
    assert_eq!(attr(&res, "total"), "1000");
    assert_eq!(attr(&res, "attached"), "1000");
    assert_eq!(
        attrs(&res, "delegation"),
        vec![
            format!("{}:300", valoper("alice")),
            format!("{}:700", valoper("bob"))
        ]
    );
    assert_eq!(res.data, None);
}

#[test]
fn delegates_from_its_balance_without_funds() {
    let mut deps = setup();
    let res = exec(&mut deps, "hub", delegate(vec![stake("alice", 5)])).unwrap();
    assert_eq!(messages(&res).len(), 1);
    assert_eq!(attr(&res, "attached"), "0");
}

#[test]
fn only_the_hub_delegates() {
    assert_hub_only(delegate(vec![stake("alice", 5)]), "delegate");
}

#[test]
fn accepts_only_the_bond_denom() {
    let mut deps = setup();
    let msg = delegate(vec![stake("alice", 5)]);
    let err = exec_paying(&mut deps, "hub", &coins(5, "uosmo"), msg.clone()).unwrap_err();
    assert_eq!(
        err,
        ContractError::Payment(PaymentError::ExtraDenom("uosmo".to_string()))
    );
    let funds = [coin(5, "uatom"), coin(5, "uosmo")];
    let err = exec_paying(&mut deps, "hub", &funds, msg).unwrap_err();
    assert_eq!(
        err,
        ContractError::Payment(PaymentError::ExtraDenom("uosmo".to_string()))
    );
}

#[test]
fn refuses_empty_and_oversized_orders() {
    let mut deps = setup();
    let err = exec(&mut deps, "hub", delegate(vec![])).unwrap_err();
    assert_eq!(
        err,
        ContractError::EmptyList {
            list: "delegations"
        }
    );
    let full = vec![stake("alice", 1); MAX_ENTRIES];
    exec(&mut deps, "hub", delegate(full.clone())).unwrap();
    let mut over = full;
    over.push(stake("bob", 1));
    let err = exec(&mut deps, "hub", delegate(over)).unwrap_err();
    assert_eq!(
        err,
        ContractError::TooManyEntries {
            list: "delegations",
            len: 101,
            max: 100
        }
    );
}

#[test]
fn refuses_zero_parts_and_empty_validators() {
    let mut deps = setup();
    let msg = delegate(vec![stake("alice", 5), stake("bob", 0)]);
    assert_eq!(
        exec(&mut deps, "hub", msg).unwrap_err(),
        ContractError::ZeroAmount
    );
    let nameless = Stake {
        validator: String::new(),
        amount: Uint128::new(5),
    };
    let msg = delegate(vec![stake("alice", 5), nameless]);
    assert_eq!(
        exec(&mut deps, "hub", msg).unwrap_err(),
        ContractError::EmptyValidator
    );
}

#[test]
fn refuses_a_total_beyond_any_amount() {
    let mut deps = setup();
    let msg = delegate(vec![stake("alice", u128::MAX), stake("bob", 1)]);
    assert_eq!(
        exec(&mut deps, "hub", msg).unwrap_err(),
        ContractError::Overflow(OverflowError::new(OverflowOperation::Add))
    );
}
