//! Instant exit: heavy LST in, LSM shares of one validator out at once, less the exit fee,
//! which stays with the remaining holders.

use cosmwasm_std::{Decimal, Uint128};
use faro_testing::chain::account;
use faro_testing::lsm::LsmChain;

use crate::common::alice_and_bob_bonded as bonded;

#[test]
fn an_exit_hands_over_lsm_shares_less_the_fee() {
    let mut suite = bonded();
    let alice = account("alice");
    let rate_before = suite.hub_state().unwrap().exchange_rate;
    let delegated_before = suite.delegated_to(0).unwrap();
    suite.instant_exit(&alice, 1_000_000, 0).unwrap();

    assert_eq!(suite.heavy_balance(&alice).unwrap(), 4_999_000);
    let shares = suite.lsm_shares(&alice, 0).unwrap();
    assert_eq!(shares.len(), 1);
    let worth = suite
        .app
        .share_value(&shares[0].denom, shares[0].amount)
        .unwrap()
        .unwrap();
    // 0.1% exit fee.
    assert!(
        worth.u128() <= 999_000 && worth.u128() + 2 >= 999_000,
        "{worth}"
    );
    assert!(suite.delegated_to(0).unwrap() + 999_000 <= delegated_before + 1);
    // The fee stayed: a share is worth no less than before.
    assert!(suite.hub_state().unwrap().exchange_rate >= rate_before);
    // The record is the holder's.
    let records = suite.app.tokenize_records().unwrap();
    assert_eq!(records.last().unwrap().owner, alice);
}

#[test]
fn an_exit_beyond_one_validators_stake_is_refused() {
    let mut suite = bonded();
    let alice = account("alice");
    let err = suite.instant_exit(&alice, 5_000_000, 1).unwrap_err();
    assert!(err.root_cause().to_string().contains("less than"));
    assert_eq!(suite.heavy_balance(&alice).unwrap(), 5_999_000);
}

#[test]
fn a_failed_tokenization_reverts_the_exit() {
    let mut suite = bonded();
    let alice = account("alice");
    let state = suite.hub_state().unwrap();
    let validator = suite.operators[2].clone();
    suite.app.jail(&validator).unwrap();
    suite.instant_exit(&alice, 1_000_000, 2).unwrap_err();
    assert_eq!(suite.heavy_balance(&alice).unwrap(), 5_999_000);
    assert_eq!(suite.hub_state().unwrap(), state);
    assert!(suite.lsm_shares(&alice, 2).unwrap().is_empty());
}

#[test]
fn dust_exits_are_refused() {
    let mut suite = bonded();
    let alice = account("alice");
    let config = faro_types::hub::ConfigUpdate {
        fees: Some(faro_types::hub::FeeConfig {
            exit_fee: Decimal::percent(5),
            ..Default::default()
        }),
        ..Default::default()
    };
    let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
    cw_multi_test::Executor::execute_contract(
        &mut suite.app,
        governance,
        hub,
        &faro_types::hub::ExecuteMsg::UpdateConfig(config),
        &[],
    )
    .unwrap();
    let err = suite.instant_exit(&alice, 1, 0).unwrap_err();
    assert!(err.root_cause().to_string().contains("worth nothing"));
    assert_eq!(
        suite.hub_state().unwrap().books.total_bonded,
        Uint128::new(9_000_000)
    );
}
