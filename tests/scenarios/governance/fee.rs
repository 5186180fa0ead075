//! The multisig sets the hub's fees, within the bounds the hub publishes.

use cosmwasm_std::{Decimal, Uint128};
use cw3::Status;
use faro_testing::chain::account;
use faro_testing::governance::call;
use faro_testing::response::attribute;
use faro_types::hub::{self, ConfigUpdate, FeeConfig, MAX_PROTOCOL_FEE};

use super::{multisig_suite, refusal, NOT_OWNER};

fn fee_update(protocol_fee: Decimal) -> hub::ExecuteMsg {
    hub::ExecuteMsg::UpdateConfig(ConfigUpdate {
        fees: Some(FeeConfig {
            protocol_fee,
            ..FeeConfig::default()
        }),
        ..ConfigUpdate::default()
    })
}

fn figure(response: &cw_multi_test::AppResponse, key: &str) -> Uint128 {
    attribute(response, key).unwrap().parse().unwrap()
}

#[test]
fn a_passed_fee_change_takes_effect_at_the_next_epoch() {
    let (mut suite, multisig) = multisig_suite();
    let hub = suite.contracts.hub.clone();
    let update = call(&hub, &fee_update(Decimal::percent(20))).unwrap();
    let id = suite.multisig_propose(&multisig, vec![update]).unwrap();
    let status = suite
        .cw3_vote_yes(&multisig.address, &multisig.members[1..], id)
        .unwrap();
    assert_eq!(status, Status::Passed);
    // Passed is not done: the fee changes only when the proposal is executed.
    assert_eq!(
        suite.hub_config().unwrap().fees.protocol_fee,
        Decimal::percent(10)
    );
    suite
        .cw3_execute(&multisig.address, &account("anyone"), id)
        .unwrap();
    assert_eq!(
        suite.hub_config().unwrap().fees.protocol_fee,
        Decimal::percent(20)
    );

    let alice = account("alice");
    suite.fund(&alice, 9_000_000_000).unwrap();
    suite.bond(&alice, 9_000_000_000).unwrap();
    let settled = suite.next_epoch(&account("keeper")).unwrap();
    let rewards = figure(&settled, "rewards");
    let light = figure(&settled, "light");
    assert!(!rewards.is_zero());
    assert_eq!(
        figure(&settled, "fee"),
        (rewards - light).mul_floor(Decimal::percent(20))
    );
}

#[test]
fn a_fee_above_the_bound_fails_at_execution_and_changes_nothing() {
    let (mut suite, multisig) = multisig_suite();
    let before = suite.hub_config().unwrap();
    let hub = suite.contracts.hub.clone();
    let too_high = MAX_PROTOCOL_FEE + Decimal::percent(1);
    let update = call(&hub, &fee_update(too_high)).unwrap();
    // The multisig does not know the hub's bounds: the proposal passes...
    let id = suite.multisig_pass(&multisig, vec![update]).unwrap();
    // ...and the hub refuses it when it runs.
    let err = refusal(suite.cw3_execute(&multisig.address, &account("anyone"), id));
    assert_eq!(err, "protocol_fee is 0.31, above its bound of 0.3");
    assert_eq!(suite.hub_config().unwrap(), before);
    assert_eq!(
        suite.cw3_status(&multisig.address, id).unwrap(),
        Status::Passed
    );
}

#[test]
fn no_one_else_changes_the_fee() {
    let (mut suite, multisig) = multisig_suite();
    let before = suite.hub_config().unwrap();
    let hub = suite.contracts.hub.clone();
    let former_owner = suite.roles.governance.clone();
    for sender in [
        former_owner,
        multisig.members[0].clone(),
        account("mallory"),
    ] {
        let err = refusal(cw_multi_test::Executor::execute_contract(
            &mut suite.app,
            sender,
            hub.clone(),
            &fee_update(Decimal::percent(20)),
            &[],
        ));
        assert_eq!(err, NOT_OWNER);
    }
    assert_eq!(suite.hub_config().unwrap(), before);
}
