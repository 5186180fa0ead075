//! The governor, the multisig or the token DAO, pauses bonding and starts it again.

use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::governance::call;
use faro_testing::Suite;
use faro_types::hub::{self, Pauses};

use super::{governed_suite, refusal, Phase, NOT_OWNER};

fn set_pause(bond: bool) -> hub::ExecuteMsg {
    hub::ExecuteMsg::SetPause(Pauses {
        bond,
        ..Pauses::default()
    })
}

fn pauses(suite: &Suite) -> Pauses {
    let hub = &suite.contracts.hub;
    suite.query(hub, &hub::QueryMsg::Pauses {}).unwrap()
}

fn pauses_and_unpauses_bonding(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let hub = suite.contracts.hub.clone();
    let alice = account("alice");
    suite.fund(&alice, 20_000_000).unwrap();

    let pause = call(&hub, &set_pause(true)).unwrap();
    suite.govern(governors.current(), vec![pause]).unwrap();
    let paused = pauses(&suite);
    assert!(paused.bond && !paused.unbond, "{phase:?}");
    assert_eq!(refusal(suite.bond(&alice, 10_000_000)), "bond is paused");

    let unpause = call(&hub, &set_pause(false)).unwrap();
    suite.govern(governors.current(), vec![unpause]).unwrap();
    suite.bond(&alice, 10_000_000).unwrap();
    assert!(suite.heavy_balance(&alice).unwrap() > 0, "{phase:?}");
}

fn no_one_else_pauses_or_unpauses(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let hub = suite.contracts.hub.clone();
    let outsiders = governors.outsiders(&suite);
    for outsider in &outsiders {
        let res = suite
            .app
            .execute_contract(outsider.clone(), hub.clone(), &set_pause(true), &[]);
        assert_eq!(refusal(res), NOT_OWNER, "{phase:?} {outsider}");
    }
    assert!(!pauses(&suite).bond);

    let pause = call(&hub, &set_pause(true)).unwrap();
    suite.govern(governors.current(), vec![pause]).unwrap();
    for outsider in outsiders {
        let res = suite
            .app
            .execute_contract(outsider.clone(), hub.clone(), &set_pause(false), &[]);
        assert_eq!(refusal(res), NOT_OWNER, "{phase:?} {outsider}");
    }
    assert!(pauses(&suite).bond);
}

under_each_governor!(pauses_and_unpauses_bonding, no_one_else_pauses_or_unpauses);
