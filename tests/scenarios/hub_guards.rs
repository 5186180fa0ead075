//! The hub's guards: per-operation pauses, owner-only administration.

use cosmwasm_std::{coin, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::Suite;
use faro_types::hub::{self, ConfigUpdate, Pauses};

#[test]
fn a_paused_operation_stops_alone_and_resumes() {
    let mut suite = Suite::builder().operators(2).build().unwrap();
    let (alice, keeper) = (account("alice"), account("keeper"));
    suite.fund(&alice, 4_000_000).unwrap();
    suite.bond(&alice, 2_000_000).unwrap();

    suite
        .set_pause(Pauses {
            bond: true,
            ..Pauses::default()
        })
        .unwrap();
    let err = suite.bond(&alice, 1_000_000).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "bond is paused");
    // Unbonding still works while bonding is paused.
    suite.unbond(&alice, 500_000).unwrap();

    let all = Pauses {
        bond: true,
        unbond: true,
        withdraw: true,
        instant_exit: true,
        epoch: true,
    };
    suite.set_pause(all).unwrap();
    let err = suite.unbond(&alice, 1).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "unbond is paused");
    let err = suite.instant_exit(&alice, 1_000, 0).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "instant_exit is paused");
    let err = suite.next_epoch(&keeper).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "epoch is paused");
    let err = suite.withdraw(&alice, 1).unwrap_err();
    assert_eq!(err.root_cause().to_string(), "withdraw is paused");

    suite.set_pause(Pauses::default()).unwrap();
    suite.bond(&alice, 1_000_000).unwrap();
    suite.advance_epoch(&keeper).unwrap();
}

#[test]
fn only_the_owner_administers_the_hub() {
    let mut suite = Suite::builder().operators(2).build().unwrap();
    let mallory = account("mallory");
    let hub = suite.contracts.hub.clone();
    let (src, dst) = (suite.operators[0].clone(), suite.operators[1].clone());
    let attempts = [
        hub::ExecuteMsg::SetPause(Pauses {
            bond: true,
            ..Pauses::default()
        }),
        hub::ExecuteMsg::UpdateConfig(ConfigUpdate {
            treasury: Some(mallory.to_string()),
            ..ConfigUpdate::default()
        }),
        hub::ExecuteMsg::Redelegate {
            src,
            dst,
            amount: Uint128::new(1),
        },
    ];
    for msg in &attempts {
        let err = suite
            .app
            .execute_contract(mallory.clone(), hub.clone(), msg, &[])
            .unwrap_err();
        assert!(
            err.root_cause().to_string().contains("owner"),
            "{msg:?}: {err}"
        );
    }
    let pauses: Pauses = suite.query(&hub, &hub::QueryMsg::Pauses {}).unwrap();
    assert_eq!(pauses, Pauses::default());
}

#[test]
fn the_owner_rebalances_by_redelegating() {
    let mut suite = Suite::builder().operators(2).build().unwrap();
    let alice = account("alice");
    suite.fund(&alice, 2_000_000).unwrap();
    suite.bond(&alice, 2_000_000).unwrap();
    let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
    let msg = hub::ExecuteMsg::Redelegate {
        src: suite.operators[0].clone(),
        dst: suite.operators[1].clone(),
        amount: Uint128::new(400_000),
    };
    suite
        .app
        .execute_contract(governance.clone(), hub.clone(), &msg, &[])
        .unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 600_000);
    assert_eq!(suite.delegated_to(1).unwrap(), 1_400_000);
    // No funds on administration either.
    suite.fund(&governance, 1).unwrap();
    suite
        .app
        .execute_contract(governance, hub, &msg, &[coin(1, DENOM)])
        .unwrap_err();
}
