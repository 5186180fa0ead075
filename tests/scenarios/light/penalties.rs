//! Penalties for bad light service come from the operator's bond, capped at the bond, and
//! never from the holders of its light LST.

use cosmwasm_std::Uint128;

use super::{alice, bob, suite_with, PRINCIPAL};

const BOND: u128 = 2_000_000_000;

#[test]
fn a_penalty_is_paid_from_the_bond_and_never_from_holders() {
    let alice = alice();
    let mut suite = suite_with(&[&alice]);
    suite
        .fund(&faro_testing::chain::account("validator0"), BOND)
        .unwrap();
    suite.post_bond(0, BOND).unwrap();
    suite.light_deposit(&alice, 0, PRINCIPAL).unwrap();
    let treasury = suite.contracts.dao.clone();
    let governance = suite.roles.governance.clone();

    suite.penalise_light(&governance, 0, 500_000_000).unwrap();
    assert_eq!(
        suite.operator(0).unwrap().unwrap().bond.u128(),
        1_500_000_000
    );
    assert_eq!(suite.native_balance(&treasury).unwrap(), 500_000_000);
    assert_eq!(suite.light_balance(&alice, 0).unwrap().u128(), PRINCIPAL);
    assert_eq!(
        suite.light_state(0).unwrap().penalties_reported,
        Uint128::new(500_000_000)
    );

    // The oracle's penalty beyond the bond takes the bond and nothing else.
    let oracle = suite.contracts.oracle.clone();
    suite.penalise_light(&oracle, 0, 5 * BOND).unwrap();
    assert!(suite.operator(0).unwrap().unwrap().bond.is_zero());
    assert_eq!(suite.native_balance(&treasury).unwrap(), BOND);
    assert_eq!(
        suite.native_balance(&suite.light_lst(0)).unwrap(),
        PRINCIPAL
    );
    suite.light_withdraw(&alice, 0, PRINCIPAL).unwrap();
}

#[test]
fn only_the_dao_or_the_oracle_reports_penalties() {
    let (alice, bob) = (alice(), bob());
    let mut suite = suite_with(&[&alice]);
    suite.light_deposit(&alice, 0, PRINCIPAL).unwrap();
    assert!(suite.penalise_light(&bob, 0, 1).is_err());
    assert!(suite.penalise_light(&alice, 0, 1).is_err());
    // Nor straight at the registry, bypassing the light LST.
    let msg = faro_types::operator_registry::ExecuteMsg::Penalise {
        valoper: suite.operators[0].clone(),
        amount: Uint128::one(),
    };
    let registry = suite.contracts.operator_registry.clone();
    use cw_multi_test::Executor;
    assert!(suite
        .app
        .execute_contract(bob, registry, &msg, &[])
        .is_err());
    let governance = suite.roles.governance.clone();
    assert!(suite.penalise_light(&governance, 0, 0).is_err());
    assert_eq!(suite.light_balance(&alice, 0).unwrap().u128(), PRINCIPAL);
}
