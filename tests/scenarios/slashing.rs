//! Slashing: found at the epoch as delegations below the books; the insurance fund pays
//! first, then holders and the batches still unbonding share the loss alike.

use cosmwasm_std::{Decimal, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::{account, UNBONDING_TIME};
use faro_testing::Suite;
use faro_types::hub::{self, ConfigUpdate, FeeConfig};

fn attribute(response: &AppResponse, key: &str) -> Uint128 {
    faro_testing::response::attribute(response, key)
        .unwrap_or_else(|| panic!("no attribute {key}"))
        .parse()
        .unwrap()
}

fn bonded(fees: FeeConfig) -> Suite {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let update = ConfigUpdate {
        fees: Some(fees),
        ..ConfigUpdate::default()
    };
    let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
    suite
        .app
        .execute_contract(governance, hub, &hub::ExecuteMsg::UpdateConfig(update), &[])
        .unwrap();
    suite
        .fund_and_bond(&[("alice", 30_000_000), ("bob", 30_000_000)])
        .unwrap();
    suite
}

/// Alice and bob bonded; alice unbonded 10 ATOM in the batch whose id is answered, and the
/// epoch has sent it unbonding.
fn alice_unbonding() -> (Suite, u64) {
    let mut suite = bonded(FeeConfig::default());
    let (alice, keeper) = (account("alice"), account("keeper"));
    let batch_id = suite.hub_state().unwrap().books.epoch;
    suite.unbond(&alice, 10_000_000).unwrap();
    suite.next_epoch(&keeper).unwrap();
    (suite, batch_id)
}

/// What alice is paid for batch `batch_id` once the chain's unbonding time has passed.
fn withdrawn_at_maturity(suite: &mut Suite, batch_id: u64) -> u128 {
    let (alice, keeper) = (account("alice"), account("keeper"));
    let epochs = UNBONDING_TIME.div_ceil(suite.hub_config().unwrap().epoch_period);
    for _ in 0..epochs {
        suite.next_epoch(&keeper).unwrap();
    }
    let before = suite.native_balance(&alice).unwrap();
    suite.withdraw(&alice, batch_id).unwrap();
    suite.native_balance(&alice).unwrap() - before
}

#[test]
fn holders_and_batches_in_flight_lose_the_same_fraction() {
    let (mut suite, batch_id) = alice_unbonding();
    let (bob, keeper) = (account("bob"), account("keeper"));
    let owed_before = suite.batch(batch_id).unwrap().expected.u128();
    let bob_before = suite.heavy_balance(&bob).unwrap();

    for index in 0..3 {
        suite.slash(index, Decimal::percent(10)).unwrap();
    }
    let settled = suite.next_epoch(&keeper).unwrap();
    assert!(attribute(&settled, "slashed").u128() > 0);

    let owed_after = suite.batch(batch_id).unwrap().expected.u128();
    let bob_after = suite.heavy_balance(&bob).unwrap();
    let batch_kept = owed_after as f64 / owed_before as f64;
    let bob_kept = bob_after as f64 / bob_before as f64;
    assert!((batch_kept - 0.9).abs() < 0.001, "batch kept {batch_kept}");
    // Bob also earned an epoch of rewards after the slash.
    assert!((bob_kept - 0.9).abs() < 0.003, "bob kept {bob_kept}");

    let paid = withdrawn_at_maturity(&mut suite, batch_id);
    // The chain slashed the unbonding entries by the same 10%: the batch gets what it
    // was owed, within rounding.
    assert!(
        paid <= owed_after && paid + 10 >= owed_after,
        "{paid} vs {owed_after}"
    );
}

#[test]
fn the_insurance_fund_pays_first() {
    let insured = FeeConfig {
        operator_share: Decimal::percent(50),
        insurance_share: Decimal::percent(50),
        ..FeeConfig::default()
    };
    let mut suite = bonded(insured);
    let (bob, keeper) = (account("bob"), account("keeper"));
    for _ in 0..4 {
        suite.next_epoch(&keeper).unwrap();
    }
    let fund_before = suite.hub_state().unwrap().books.insurance_shares;
    assert!(!fund_before.is_zero());
    let rate_before = suite.hub_state().unwrap().exchange_rate;

    suite
        .slash(0, Decimal::from_ratio(1u128, 100_000u128))
        .unwrap();
    let settled = suite.next_epoch(&keeper).unwrap();
    let slashed = attribute(&settled, "slashed");
    assert!(!slashed.is_zero());
    assert_eq!(attribute(&settled, "insurance_cover"), slashed);
    assert!(!attribute(&settled, "insurance_burned").is_zero());
    let state = suite.hub_state().unwrap();
    // The holders did not pay: the rate kept rising with the epoch's rewards.
    assert!(
        state.exchange_rate > rate_before,
        "{} <= {rate_before}",
        state.exchange_rate
    );
    assert!(suite.heavy_balance(&bob).unwrap() > 30_000_000);
}

/// The epoch measures a validator's slash as its loss over the books there, which is the
/// chain's fraction only if no stake moved at that validator since the slash. Here bob
/// exits most of the slashed validator's stake before the epoch: the hub's estimate of
/// alice's batch then cuts far more than the chain took from her entries, and at maturity
/// she must still get every coin her entries returned, not the estimate.
#[test]
fn a_batch_is_paid_what_its_entries_returned_when_stake_moved_before_the_epoch() {
    let (mut suite, batch_id) = alice_unbonding();
    let (bob, keeper) = (account("bob"), account("keeper"));

    suite.slash(0, Decimal::percent(5)).unwrap();
    let exit = suite.delegated_to(0).unwrap() * 9 / 10;
    suite.instant_exit(&bob, exit, 0).unwrap();
    suite.next_epoch(&keeper).unwrap();
    let batch = suite.batch(batch_id).unwrap();
    let in_flight = suite.unbonding_entries().unwrap();
    let entries = batch.matures_at.and_then(|at| in_flight.get(&at).copied());
    let entries = entries.unwrap_or_default();
    // The estimate is off by far more than rounding.
    assert!(
        batch.expected.u128() + 100_000 < entries,
        "{batch:?} vs {entries}"
    );

    let paid = withdrawn_at_maturity(&mut suite, batch_id);
    assert_eq!(paid, entries + batch.prepaid.u128());
}
