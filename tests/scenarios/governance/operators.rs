//! Phase 1: an operator is active once the multisig approves it.

use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::governance::{call, Governor};
use faro_testing::Suite;
use faro_types::operator_registry::{self, OperatorStatus};

use super::{refusal, NOT_OWNER};

fn approve(suite: &Suite, index: usize) -> operator_registry::ExecuteMsg {
    operator_registry::ExecuteMsg::Approve {
        valoper: suite.operators[index].clone(),
        weight: 1,
    }
}

#[test]
fn the_multisig_approves_a_registered_operator() {
    let mut suite = Suite::builder()
        .operators(2)
        .without_registered_operators()
        .build()
        .unwrap();
    let multisig = suite.install_multisig().unwrap();
    suite.register_operator(0).unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Pending);
    // Registered after the handover, its light LST belongs to the multisig too.
    let light_lst = operator.light_lst.unwrap();
    let owner = suite.ownership(&light_lst).unwrap().owner;
    assert_eq!(owner.as_deref(), Some(multisig.address.as_str()));

    let registry = suite.contracts.operator_registry.clone();
    let msg = call(&registry, &approve(&suite, 0)).unwrap();
    suite
        .govern(Governor::Multisig(&multisig), vec![msg])
        .unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Active);

    // Stake now reaches it.
    let alice = account("alice");
    suite.fund(&alice, 5_000_000).unwrap();
    suite.bond(&alice, 5_000_000).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 5_000_000);
}

#[test]
fn no_one_else_approves() {
    let mut suite = Suite::builder()
        .operators(2)
        .without_registered_operators()
        .build()
        .unwrap();
    let multisig = suite.install_multisig().unwrap();
    suite.register_operator(1).unwrap();
    let registry = suite.contracts.operator_registry.clone();
    let governance = suite.roles.governance.clone();
    let validator = account(&faro_testing::suite::validator_name(1));
    let msg = approve(&suite, 1);
    for sender in [governance, multisig.members[0].clone(), validator] {
        let err = refusal(
            suite
                .app
                .execute_contract(sender, registry.clone(), &msg, &[]),
        );
        assert_eq!(err, NOT_OWNER);
    }
    let operator = suite.operator(1).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Pending);
}
