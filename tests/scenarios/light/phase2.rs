//! Phase 2: the DAO opens registration; an operator is active while its bond covers the
//! minimum, the hub never delegates to it past bond × max leverage, and an exiting
//! operator waits the exit period for what is left of its bond.

use cosmwasm_std::{coin, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::deploy::MIN_BOND;
use faro_testing::lsm::LsmChain;
use faro_testing::response::attribute;
use faro_testing::suite::validator_name;
use faro_testing::Suite;
use faro_types::hub;
use faro_types::operator_registry::{ConfigUpdate, OperatorStatus, DEFAULT_WEIGHT};

/// Two validators, neither registered, registration open, leverage 10.
fn open_suite() -> Suite {
    let mut suite = Suite::builder()
        .operators(2)
        .without_registered_operators()
        .build()
        .unwrap();
    suite
        .update_registry(ConfigUpdate {
            permissionless: Some(true),
            max_leverage: Some(10),
            ..ConfigUpdate::default()
        })
        .unwrap();
    for index in 0..2 {
        let account = account(&validator_name(index));
        suite.fund(&account, 100 * MIN_BOND.u128()).unwrap();
    }
    suite
}

fn register(suite: &mut Suite, index: usize, bond: u128) -> anyhow::Result<()> {
    let bond = match bond {
        0 => vec![],
        bond => vec![coin(bond, DENOM)],
    };
    suite.register_operator_with(index, Decimal::percent(5), &bond)?;
    suite.collect_light_lsts()?;
    Ok(())
}

#[test]
fn a_bond_of_the_minimum_activates_an_operator_and_less_is_refused() {
    let mut suite = open_suite();
    assert!(register(&mut suite, 0, MIN_BOND.u128() - 1).is_err());
    assert!(register(&mut suite, 0, 0).is_err());
    assert!(suite.operator(0).unwrap().is_none());

    register(&mut suite, 0, MIN_BOND.u128()).unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Active);
    assert_eq!(operator.weight, DEFAULT_WEIGHT);
    assert_eq!(operator.bond, MIN_BOND);
    assert!(operator.light_lst.is_some());
}

#[test]
fn the_hub_never_delegates_past_bond_times_leverage() {
    let mut suite = open_suite();
    register(&mut suite, 0, MIN_BOND.u128()).unwrap();
    register(&mut suite, 1, 2 * MIN_BOND.u128()).unwrap();
    let (cap0, cap1) = (10 * MIN_BOND.u128(), 20 * MIN_BOND.u128());
    let alice = account("alice");
    suite.fund(&alice, 100 * MIN_BOND.u128()).unwrap();

    // Equal weights: the first half fits both pools.
    suite.bond(&alice, 10 * MIN_BOND.u128()).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 5 * MIN_BOND.u128());
    assert_eq!(suite.delegated_to(1).unwrap(), 5 * MIN_BOND.u128());

    // Operator 0's pool fills; its overflow goes to operator 1, the rest waits.
    suite.bond(&alice, 40 * MIN_BOND.u128()).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), cap0);
    assert_eq!(suite.delegated_to(1).unwrap(), cap1);
    let state = suite.hub_state().unwrap();
    assert_eq!(
        state.books.pending.u128(),
        50 * MIN_BOND.u128() - cap0 - cap1
    );

    // LSM shares of a full operator are refused.
    let shares = suite.tokenize_own_stake(&alice, 0, 1_000_000).unwrap();
    assert!(suite.bond_coin(&alice, shares).is_err());

    // More bond, more room: the next epoch delegates what waited.
    suite.post_bond(0, 2 * MIN_BOND.u128()).unwrap();
    suite.next_epoch(&account("keeper")).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 30 * MIN_BOND.u128());
    assert!(suite.delegated_to(1).unwrap() <= cap1);
    let state = suite.hub_state().unwrap();
    assert!(state.books.pending < Uint128::new(MIN_BOND.u128()));
}

#[test]
fn an_exiting_operator_gets_no_stake_and_its_bond_back_after_the_exit_period() {
    let mut suite = open_suite();
    register(&mut suite, 0, MIN_BOND.u128()).unwrap();
    register(&mut suite, 1, MIN_BOND.u128()).unwrap();
    suite.exit_operator(0).unwrap();
    let operator = suite.operator(0).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Exiting);

    let alice = account("alice");
    suite.fund(&alice, MIN_BOND.u128()).unwrap();
    suite.bond(&alice, MIN_BOND.u128()).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 0);
    assert_eq!(suite.delegated_to(1).unwrap(), MIN_BOND.u128());

    let claim = faro_types::operator_registry::ExecuteMsg::ClaimBond {
        valoper: suite.operators[0].clone(),
    };
    let operator_account = account(&validator_name(0));
    let registry = suite.contracts.operator_registry.clone();
    assert!(suite
        .app
        .execute_contract(operator_account.clone(), registry.clone(), &claim, &[])
        .is_err());
    let before = suite.native_balance(&operator_account).unwrap();
    let exit_period = suite.registry_config().unwrap().exit_period;
    suite.app.advance(exit_period);
    suite
        .app
        .execute_contract(operator_account.clone(), registry, &claim, &[])
        .unwrap();
    assert_eq!(
        suite.native_balance(&operator_account).unwrap(),
        before + MIN_BOND.u128()
    );
    assert!(suite.operator(0).unwrap().is_none());
}

#[test]
fn an_operator_below_a_raised_minimum_gets_no_light_budget_and_no_new_stake() {
    let mut suite = open_suite();
    let min = MIN_BOND.u128();
    register(&mut suite, 0, min).unwrap();
    register(&mut suite, 1, 2 * min).unwrap();
    let (alice, bob, carol) = (account("alice"), account("bob"), account("carol"));
    for holder in [&alice, &bob, &carol] {
        suite.fund(holder, 100 * min).unwrap();
    }
    suite.bond(&carol, 4 * min).unwrap();
    suite.light_deposit(&alice, 0, min).unwrap();
    suite.light_deposit(&bob, 1, min).unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 2 * min);

    // The DAO doubles the minimum: operator 0's bond no longer covers it.
    suite
        .update_registry(ConfigUpdate {
            min_bond: Some(Uint128::new(2 * min)),
            ..ConfigUpdate::default()
        })
        .unwrap();
    assert_eq!(
        suite.operator(0).unwrap().unwrap().status,
        OperatorStatus::Pending
    );

    suite.bond(&carol, 4 * min).unwrap();
    let epoch = suite.next_epoch(&account("keeper")).unwrap();
    let paid: u128 = attribute(&epoch, "light_paid").unwrap().parse().unwrap();
    assert!(paid > 0);
    assert!(suite.light_state(0).unwrap().rewards_received.is_zero());
    assert_eq!(suite.light_state(1).unwrap().rewards_received.u128(), paid);
    // The new bond and the restaked rewards all went to operator 1.
    assert_eq!(suite.delegated_to(0).unwrap(), 2 * min);
    assert!(suite.delegated_to(1).unwrap() > 6 * min);
    // Its holders keep their deposit.
    suite.light_withdraw(&alice, 0, min).unwrap();
}

#[test]
fn redelegation_respects_the_destination_cap() {
    let mut suite = open_suite();
    let min = MIN_BOND.u128();
    register(&mut suite, 0, min).unwrap();
    register(&mut suite, 1, min).unwrap();
    let alice = account("alice");
    suite.fund(&alice, 100 * min).unwrap();
    // Caps of 10 × the bond each; 8 of 10 taken at each.
    suite.bond(&alice, 16 * min).unwrap();
    let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
    let operators = suite.operators.clone();
    let redelegate = |src: usize, dst: usize, amount: u128| hub::ExecuteMsg::Redelegate {
        src: operators[src].clone(),
        dst: operators[dst].clone(),
        amount: Uint128::new(amount),
    };
    let (too_much, room) = (redelegate(0, 1, 2 * min + 1), redelegate(0, 1, 2 * min));

    let err = suite
        .app
        .execute_contract(governance.clone(), hub.clone(), &too_much, &[])
        .unwrap_err();
    assert!(err.root_cause().to_string().contains("room"), "{err:?}");
    assert_eq!(suite.delegated_to(0).unwrap(), 8 * min);
    assert_eq!(suite.delegated_to(1).unwrap(), 8 * min);

    suite
        .app
        .execute_contract(governance.clone(), hub.clone(), &room, &[])
        .unwrap();
    assert_eq!(suite.delegated_to(0).unwrap(), 6 * min);
    assert_eq!(suite.delegated_to(1).unwrap(), 10 * min);

    // Nor to an operator that takes no stake.
    suite.exit_operator(0).unwrap();
    let back = redelegate(1, 0, 1);
    let err = suite
        .app
        .execute_contract(governance, hub, &back, &[])
        .unwrap_err();
    assert!(
        err.root_cause().to_string().contains("not an active"),
        "{err:?}"
    );
    assert_eq!(suite.delegated_to(1).unwrap(), 10 * min);
}
