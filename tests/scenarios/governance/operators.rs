//! Phase 1 of the operator set: an operator is active once the governor, the multisig or
//! the token DAO, approves it.

use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::governance::call;
use faro_testing::Suite;
use faro_types::operator_registry::{self, OperatorStatus};

use super::{refusal, Governors, Phase, NOT_OWNER};

fn approve(suite: &Suite, index: usize) -> operator_registry::ExecuteMsg {
    operator_registry::ExecuteMsg::Approve {
        valoper: suite.operators[index].clone(),
        weight: 1,
    }
}

/// Two validators, neither registered yet; every contract governed in `phase`.
fn unregistered(phase: Phase) -> (Suite, Governors) {
    let mut suite = Suite::builder()
        .operators(2)
        .without_registered_operators()
        .build()
        .unwrap();
    let governors = Governors::install(&mut suite, phase);
    (suite, governors)
}

fn approves_a_registered_operator(phase: Phase) {
    let (mut suite, governors) = unregistered(phase);
    suite.register_operator(0).unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Pending);
    // Registered after the handover, its light LST belongs to the governor too.
    let light_lst = operator.light_lst.unwrap();
    let owner = suite.ownership(&light_lst).unwrap().owner;
    let governor = governors.current().address().clone();
    assert_eq!(owner.as_deref(), Some(governor.as_str()), "{phase:?}");

    let registry = suite.contracts.operator_registry.clone();
    let msg = call(&registry, &approve(&suite, 0)).unwrap();
    suite.govern(governors.current(), vec![msg]).unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Active, "{phase:?}");

    // Stake now reaches it.
    let alice = account("alice");
    suite.fund(&alice, 5_000_000).unwrap();
    suite.bond(&alice, 5_000_000).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 5_000_000, "{phase:?}");
}

fn no_one_else_approves(phase: Phase) {
    let (mut suite, governors) = unregistered(phase);
    suite.register_operator(1).unwrap();
    let registry = suite.contracts.operator_registry.clone();
    let validator = account(&faro_testing::suite::validator_name(1));
    let msg = approve(&suite, 1);
    let mut outsiders = governors.outsiders(&suite);
    outsiders.push(validator);
    for sender in outsiders {
        let res = suite
            .app
            .execute_contract(sender.clone(), registry.clone(), &msg, &[]);
        assert_eq!(refusal(res), NOT_OWNER, "{phase:?} {sender}");
    }
    let operator = suite.operator(1).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Pending);
}

under_each_governor!(approves_a_registered_operator, no_one_else_approves);
