//! The multisig pauses bonding and starts it again.

use faro_testing::chain::account;
use faro_testing::governance::{call, Governor};
use faro_types::hub::{self, Pauses};

use super::{multisig_suite, refusal, NOT_OWNER};

fn set_pause(bond: bool) -> hub::ExecuteMsg {
    hub::ExecuteMsg::SetPause(Pauses {
        bond,
        ..Pauses::default()
    })
}

#[test]
fn the_multisig_pauses_and_unpauses_bonding() {
    let (mut suite, multisig) = multisig_suite();
    let hub = suite.contracts.hub.clone();
    let alice = account("alice");
    suite.fund(&alice, 20_000_000).unwrap();

    let pause = call(&hub, &set_pause(true)).unwrap();
    suite
        .govern(Governor::Multisig(&multisig), vec![pause])
        .unwrap();
    let pauses: Pauses = suite.query(&hub, &hub::QueryMsg::Pauses {}).unwrap();
    assert!(pauses.bond && !pauses.unbond);
    assert_eq!(refusal(suite.bond(&alice, 10_000_000)), "bond is paused");

    let unpause = call(&hub, &set_pause(false)).unwrap();
    suite
        .govern(Governor::Multisig(&multisig), vec![unpause])
        .unwrap();
    suite.bond(&alice, 10_000_000).unwrap();
    assert!(suite.heavy_balance(&alice).unwrap() > 0);
}

#[test]
fn no_one_else_pauses_or_unpauses() {
    let (mut suite, multisig) = multisig_suite();
    let hub = suite.contracts.hub.clone();
    // The former owner's own helper, and a member acting alone.
    assert_eq!(
        refusal(suite.set_pause(Pauses {
            bond: true,
            ..Pauses::default()
        })),
        NOT_OWNER
    );
    let member = multisig.members[2].clone();
    let err = refusal(cw_multi_test::Executor::execute_contract(
        &mut suite.app,
        member.clone(),
        hub.clone(),
        &set_pause(true),
        &[],
    ));
    assert_eq!(err, NOT_OWNER);

    let pause = call(&hub, &set_pause(true)).unwrap();
    suite
        .govern(Governor::Multisig(&multisig), vec![pause])
        .unwrap();
    let err = refusal(cw_multi_test::Executor::execute_contract(
        &mut suite.app,
        member,
        hub.clone(),
        &set_pause(false),
        &[],
    ));
    assert_eq!(err, NOT_OWNER);
    let pauses: Pauses = suite.query(&hub, &hub::QueryMsg::Pauses {}).unwrap();
    assert!(pauses.bond);
}
