//! The operator's light commission: capped, proposed at most once a day, visible while
//! pending, and applied a day later.

use cosmwasm_std::{coin, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::DENOM;
use faro_testing::lsm::LsmChain;
use faro_testing::suite::reward_address;
use faro_types::light_lst::{self, COMMISSION_DELAY};
use faro_types::operator_registry::ConfigUpdate;

use super::{alice, suite_with, PRINCIPAL};

fn reward(suite: &mut faro_testing::Suite, index: usize, amount: u128) {
    let payer = faro_testing::chain::account("payer");
    suite.fund(&payer, amount).unwrap();
    let light = suite.light_lst(index);
    suite
        .app
        .execute_contract(
            payer,
            light,
            &light_lst::ExecuteMsg::Reward {},
            &[coin(amount, DENOM)],
        )
        .unwrap();
}

#[test]
fn a_commission_change_is_visible_for_a_day_before_it_applies() {
    let alice = alice();
    let mut suite = suite_with(&[&alice]);
    suite.light_deposit(&alice, 0, PRINCIPAL).unwrap();
    suite.set_light_commission(0, Decimal::percent(20)).unwrap();

    let state = suite.light_state(0).unwrap();
    assert_eq!(state.commission, Decimal::percent(10));
    let pending = state.pending_commission.unwrap();
    assert_eq!(pending.commission, Decimal::percent(20));

    // Still the old rate within the day.
    reward(&mut suite, 0, 1_000_000);
    assert_eq!(suite.native_balance(&reward_address(0)).unwrap(), 100_000);

    suite.app.advance(COMMISSION_DELAY);
    reward(&mut suite, 0, 1_000_000);
    assert_eq!(suite.native_balance(&reward_address(0)).unwrap(), 300_000);
    let state = suite.light_state(0).unwrap();
    assert_eq!(state.commission, Decimal::percent(20));
    assert!(state.pending_commission.is_none());
    assert_eq!(
        suite.light_balance(&alice, 0).unwrap(),
        Uint128::new(PRINCIPAL + 900_000 + 800_000)
    );
}

#[test]
fn a_commission_above_the_cap_or_twice_a_day_is_refused() {
    let mut suite = suite_with(&[]);
    let err = suite
        .set_light_commission(0, Decimal::percent(21))
        .unwrap_err();
    assert!(
        err.root_cause().to_string().contains("commission"),
        "{err:?}"
    );

    suite.set_light_commission(0, Decimal::percent(5)).unwrap();
    suite.app.advance(COMMISSION_DELAY - 1);
    assert!(suite.set_light_commission(0, Decimal::percent(6)).is_err());
    suite.app.advance(1);
    suite.set_light_commission(0, Decimal::percent(6)).unwrap();
}

#[test]
fn only_the_operators_own_account_sets_its_commission() {
    let alice = alice();
    let mut suite = suite_with(&[&alice]);
    let light = suite.light_lst(0);
    let msg = light_lst::ExecuteMsg::SetCommission {
        commission: Decimal::zero(),
    };
    assert!(suite.app.execute_contract(alice, light, &msg, &[]).is_err());
    // Nor may an operator set another's.
    let other = faro_testing::chain::account(&faro_testing::suite::validator_name(1));
    let light = suite.light_lst(0);
    assert!(suite.app.execute_contract(other, light, &msg, &[]).is_err());
}

#[test]
fn a_lowered_registry_ceiling_binds_existing_light_lsts() {
    let mut suite = suite_with(&[]);
    // Every light LST launched under the registry's 20 %; the DAO lowers it to 5 %.
    suite
        .update_registry(ConfigUpdate {
            max_commission: Some(Decimal::percent(5)),
            ..ConfigUpdate::default()
        })
        .unwrap();
    for index in 0..3 {
        let err = suite
            .set_light_commission(index, Decimal::percent(6))
            .unwrap_err();
        assert!(
            err.root_cause().to_string().contains("commission"),
            "{err:?}"
        );
        assert!(suite
            .light_state(index)
            .unwrap()
            .pending_commission
            .is_none());
    }
    suite.set_light_commission(0, Decimal::percent(5)).unwrap();
    let pending = suite.light_state(0).unwrap().pending_commission.unwrap();
    assert_eq!(pending.commission, Decimal::percent(5));
}
