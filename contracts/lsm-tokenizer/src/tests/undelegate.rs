use cosmwasm_std::StakingMsg;
use faro_types::lsm_tokenizer::{Order, Stake};

use super::{
    assert_hub_only, assert_parts, assert_stake_list_rules, assert_takes_no_funds, order_parts,
    stake,
};

fn undelegate(undelegations: Vec<Stake>) -> Order {
    Order::Undelegate { undelegations }
}

#[test]
fn undelegates_each_part() {
    let parts = [("alice", 40), ("bob", 2)];
    let res = order_parts(undelegate, &parts, &[]);
    let undelegation = |validator, amount| StakingMsg::Undelegate { validator, amount };
    assert_parts(&res, ("undelegate", "undelegation"), &parts, undelegation);
}

#[test]
fn only_the_hub_undelegates() {
    assert_hub_only(undelegate(vec![stake("alice", 5)]), "undelegate");
}

#[test]
fn takes_no_funds() {
    assert_takes_no_funds(undelegate(vec![stake("alice", 5)]));
}

#[test]
fn keeps_the_stake_list_rules() {
    assert_stake_list_rules(undelegate, "undelegations");
}
