use cosmwasm_std::{coin, coins, CosmosMsg, StakingMsg};
use cw_utils::PaymentError;
use faro_types::lsm_tokenizer::{Order, Stake};

use super::{
    assert_hub_only, assert_stake_list_rules, attr, attrs, exec, exec_paying, messages, setup,
    stake, valoper,
};
use crate::error::ContractError;

fn undelegate(undelegations: Vec<Stake>) -> Order {
    Order::Undelegate { undelegations }
}

#[test]
fn undelegates_each_part() {
    let mut deps = setup();
    let msg = undelegate(vec![stake("alice", 40), stake("bob", 2)]);
    let res = exec(&mut deps, "hub", msg).unwrap();
    assert_eq!(
        messages(&res),
        vec![
            CosmosMsg::Staking(StakingMsg::Undelegate {
                validator: valoper("alice"),
                amount: coin(40, "uatom"),
            }),
            CosmosMsg::Staking(StakingMsg::Undelegate {
                validator: valoper("bob"),
                amount: coin(2, "uatom"),
            }),
        ]
    );
    assert_eq!(attr(&res, "action"), "undelegate");
    assert_eq!(attr(&res, "parts"), "2");
    assert_eq!(attr(&res, "total"), "42");
    assert_eq!(
        attrs(&res, "undelegation"),
        vec![
            format!("{}:40", valoper("alice")),
            format!("{}:2", valoper("bob"))
        ]
    );
}

#[test]
fn only_the_hub_undelegates() {
    assert_hub_only(undelegate(vec![stake("alice", 5)]), "undelegate");
}

#[test]
fn takes_no_funds() {
    let mut deps = setup();
    let msg = undelegate(vec![stake("alice", 5)]);
    let err = exec_paying(&mut deps, "hub", &coins(5, "uatom"), msg).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn keeps_the_stake_list_rules() {
    assert_stake_list_rules(undelegate, "undelegations");
}
