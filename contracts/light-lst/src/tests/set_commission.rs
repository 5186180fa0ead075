use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{Decimal, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::light_lst::{ExecuteMsg, LightState, PendingCommission, COMMISSION_DELAY};

use super::{
    attr, coins, deposit, exec_at, exec_paying, later, raw, refuses_strangers, sends, set_registry,
    setup, MockDeps,
};
use crate::error::ContractError;
use crate::state::COMMISSION;

fn propose(percent: u64) -> ExecuteMsg {
    ExecuteMsg::SetCommission {
        commission: Decimal::percent(percent),
    }
}

fn state_at(deps: &MockDeps, seconds: u64) -> LightState {
    crate::query::state(deps.as_ref(), later(seconds)).unwrap()
}

/// The commission a reward of 1,000 pays, `seconds` after the mock block.
fn commission_paid_at(deps: &mut MockDeps, seconds: u64) -> u128 {
    let res = exec_at(
        deps,
        later(seconds),
        "payer",
        &coins(1_000),
        ExecuteMsg::Reward {},
    );
    sends(&res.unwrap()).iter().map(|(_, amount)| amount).sum()
}

#[test]
fn a_proposal_is_visible_for_a_day_then_applies() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 1_000);
    let res = exec_at(&mut deps, mock_env(), "validator", &[], propose(20)).unwrap();
    let now = mock_env().block.time;
    let applies_at = now.plus_seconds(COMMISSION_DELAY);
    assert_eq!(attr(&res, "proposed"), "0.2");
    assert_eq!(attr(&res, "applies_at"), applies_at.to_string());

    let proposed = state_at(&deps, 0);
    assert_eq!(proposed.commission, Decimal::percent(10));
    assert_eq!(
        proposed.pending_commission,
        Some(PendingCommission {
            commission: Decimal::percent(20),
            applies_at
        })
    );
    assert_eq!(proposed.commission_changed_at, Some(now));
    assert_eq!(commission_paid_at(&mut deps, COMMISSION_DELAY - 1), 100);

    // Queries show it applied as soon as its time comes, before storage catches up.
    let due = state_at(&deps, COMMISSION_DELAY);
    assert_eq!(due.commission, Decimal::percent(20));
    assert_eq!(due.pending_commission, None);
    assert_eq!(due.commission_changed_at, Some(now));
    assert_eq!(
        COMMISSION.load(&deps.storage).unwrap().rate,
        Decimal::percent(10)
    );
    assert_eq!(commission_paid_at(&mut deps, COMMISSION_DELAY), 200);
    let stored = COMMISSION.load(&deps.storage).unwrap();
    assert_eq!((stored.rate, stored.pending), (Decimal::percent(20), None));
    assert_eq!(
        state_at(&deps, COMMISSION_DELAY).commission_paid,
        Uint128::new(300)
    );
}

#[test]
fn one_proposal_a_day_and_none_is_lost() {
    let mut deps = setup();
    exec_at(&mut deps, mock_env(), "validator", &[], propose(20)).unwrap();
    let possible_at = mock_env().block.time.plus_seconds(COMMISSION_DELAY);
    let stored = raw(&deps.storage);
    assert_eq!(
        exec_at(
            &mut deps,
            later(COMMISSION_DELAY - 1),
            "validator",
            &[],
            propose(5)
        )
        .unwrap_err(),
        ContractError::CommissionChangeTooSoon { possible_at }
    );
    assert_eq!(raw(&deps.storage), stored);

    // No reward came in between: the first proposal applies as the second is made.
    exec_at(
        &mut deps,
        later(COMMISSION_DELAY),
        "validator",
        &[],
        propose(5),
    )
    .unwrap();
    let both = COMMISSION.load(&deps.storage).unwrap();
    assert_eq!(both.rate, Decimal::percent(20));
    assert_eq!(
        both.pending.map(|p| p.commission),
        Some(Decimal::percent(5))
    );
    assert_eq!(
        state_at(&deps, 2 * COMMISSION_DELAY).commission,
        Decimal::percent(5)
    );
}

#[test]
fn only_the_operators_account_within_the_ceiling() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    let strangers = ["mallory", "dao", "registry", "rewards"];
    refuses_strangers(&mut deps, &strangers, propose(5), "set the commission");
    assert!(matches!(
        exec_at(&mut deps, mock_env(), "validator", &[], propose(21)).unwrap_err(),
        ContractError::Bound(BoundError::AboveMax {
            field: "commission",
            ..
        })
    ));
    assert_eq!(
        exec_paying(&mut deps, "validator", &coins(1), propose(5)).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(raw(&deps.storage), stored);
    exec_at(&mut deps, mock_env(), "validator", &[], propose(20)).unwrap();
    exec_at(
        &mut deps,
        later(COMMISSION_DELAY),
        "validator",
        &[],
        propose(0),
    )
    .unwrap();
}

#[test]
fn the_registrys_current_ceiling_binds() {
    let mut deps = setup();
    // The DAO lowers the registry's ceiling below the one this light LST launched with.
    set_registry(&mut deps, Some("oracle"), Decimal::percent(8));
    let stored = raw(&deps.storage);
    assert_eq!(
        exec_at(&mut deps, mock_env(), "validator", &[], propose(9)).unwrap_err(),
        ContractError::Bound(BoundError::AboveMax {
            field: "commission",
            value: "0.09".to_string(),
            max: "0.08".to_string(),
        })
    );
    assert_eq!(raw(&deps.storage), stored);
    exec_at(&mut deps, mock_env(), "validator", &[], propose(8)).unwrap();

    // A raised ceiling lets the operator go above its launch ceiling.
    set_registry(&mut deps, Some("oracle"), Decimal::percent(30));
    exec_at(
        &mut deps,
        later(COMMISSION_DELAY),
        "validator",
        &[],
        propose(25),
    )
    .unwrap();
}
