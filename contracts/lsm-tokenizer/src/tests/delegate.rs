use cosmwasm_std::{coin, coins, OverflowError, OverflowOperation, StakingMsg};
use cw_utils::PaymentError;
use faro_types::lsm_tokenizer::{Order, Stake};

use super::{
    assert_hub_only, assert_parts, assert_stake_list_rules, attr, exec, exec_paying, messages,
    order_parts, setup, stake,
};
use crate::error::ContractError;

fn delegate(delegations: Vec<Stake>) -> Order {
    Order::Delegate { delegations }
}

#[test]
fn delegates_each_part() {
    let parts = [("alice", 300), ("bob", 700)];
    let res = order_parts(delegate, &parts, &coins(1_000, "uatom"));
    let delegation = |validator, amount| StakingMsg::Delegate { validator, amount };
    assert_parts(&res, ("delegate", "delegation"), &parts, delegation);
    assert_eq!(attr(&res, "attached"), "1000");
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
fn keeps_the_stake_list_rules() {
    assert_stake_list_rules(delegate, "delegations");
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
