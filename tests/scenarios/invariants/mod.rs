//! The protocol's invariants (DESIGN.md) under random sequences of what holders, keepers
//! and the chain do — native and LSM bonds, heavy LST transfers, unbonds, instant exits,
//! withdrawals, time, epochs, slashes, jailing, light deposits, withdrawals and penalties
//! — on a fresh three-operator suite per case.
//! After every step:
//!
//! - a step that fails changes nothing: the hub's state, the heavy supply, every
//!   holder's heavy and native balance; the chain's own steps (time, slash, jail) change
//!   none of these either;
//! - the heavy supply never exceeds `total_bonded + pending` (DESIGN invariant 1);
//! - the known holders own every share, so their balances add up to at most the supply
//!   (invariant 3);
//! - the chain holds for the protocol at least what the hub owes (see [`World::solvency`]);
//! - a withdrawal pays its part of what the batch has left, never more, and the last one
//!   empties it;
//! - the unbond requests of a batch add up to its shares, as the model of who unbonded
//!   what says, and each holder's requests are the model's;
//! - the reserved coins are exactly what the batches hold: the prepaid part of those still
//!   unbonding and what the withdrawable ones have left;
//! - the exchange rate falls only across an epoch that settled a loss, and an epoch finds
//!   a loss only after a slash (see [`World::epoch`] for the rounding after one);
//! - the batches that mature are paid exactly what their unbonding entries returned;
//! - light LSTs (deposits, withdrawals, penalties, and the light budget at every epoch):
//!   a holder's light balance never falls below what it put in and did not take out
//!   (invariant 2), each light LST's coins cover its balances, and a penalty moves the
//!   operator's bond and the treasury by the same amount, never a holder's balance.
//!
//! 1,000 cases unless `PROPTEST_CASES` says otherwise; failures are not persisted.

use std::collections::{BTreeMap, BTreeSet};

use cosmwasm_std::{Addr, Decimal, Timestamp, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::{account, UNBONDING_TIME};
use faro_testing::lsm::LsmChain;
use faro_testing::suite::validator_name;
use faro_testing::Suite;
use faro_types::heavy_lst::{self, shares_to_debit};
use faro_types::hub::{self, BatchStatus, ConfigUpdate, FeeConfig, State};
use faro_types::liquid::share_denom;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};

mod checks;
mod light;
mod steps;
mod world;

use steps::*;
use world::*;

const HOLDERS: [&str; 4] = ["alice", "bob", "carol", "dave"];
const OPERATORS: usize = 3;
/// The most steps in one case.
const MAX_STEPS: usize = 12;
/// Each operator's bond, posted before the steps: what light penalties are taken from.
const BOND: u128 = 1_000_000_000;
/// The hub's epoch period in the suite: a seventh of the unbonding time.
const EPOCH: u64 = UNBONDING_TIME.div_ceil(hub::MAX_UNBONDING_ENTRIES);

/// Once a validator has been slashed its tokens per share are no longer one, and the
/// chain reports a delegation as its shares' value truncated to whole units: a delegation
/// of `x` shows as `x − 1` when its shares are worth a hair less than `x`. Every flow
/// moves the hub's books by the exact amount while the chain's figure moves by that
/// amount less a fraction of 10⁻¹⁸ units, so per validator the books run ahead of what
/// the chain reports by less than one unit (plus those fractions) until the next epoch
/// measures again. Summed over the validators: at most one unit each.
const TRUNCATION: u128 = OPERATORS as u128;

type Check<T = ()> = Result<T, TestCaseError>;

/// A query or set-up that cannot fail unless the suite is broken.
fn must<T, E: std::fmt::Display>(result: Result<T, E>) -> Check<T> {
    result.map_err(|err| TestCaseError::fail(format!("suite: {err}")))
}

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(1_000);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_sequences_keep_the_invariants(case in case()) {
        let mut world = World::new(&case)?;
        for step in &case.steps {
            world.run(step)?;
        }
    }
}

/// One plain story through every kind of check, so that a broken suite fails here first.
#[test]
fn a_plain_story_keeps_the_invariants() {
    let case = Case {
        insured: false,
        steps: vec![
            Step::Bond {
                holder: 0,
                amount: 5_000_000,
                funded: true,
            },
            Step::Unbond {
                holder: Who::Named(0),
                amount: Amount::Part(500),
            },
            Step::NextEpoch,
            Step::Wait {
                seconds: UNBONDING_TIME,
            },
            Step::NextEpoch,
            Step::Withdraw {
                holder: Who::Having(0),
                batch: Some(0),
            },
        ],
    };
    let mut world = World::new(&case).unwrap();
    for step in &case.steps {
        world.run(step).unwrap();
    }
    assert!(world.requests.is_empty());
}

/// A batch in flight when one validator is slashed loses what the chain took from its
/// own entries with that validator, whatever became of the rest of the stake: here bob's
/// LSM bond piles stake on validator 0 after alice's batch left all three evenly. Cut by
/// the stake-wide loss ratio instead, a slash of validator 0 cost alice 33,353 uatom her
/// entries never lost, and a slash of validator 1 left her batch expecting 16,677 uatom
/// they did not hold.
#[test]
fn a_batch_in_flight_loses_what_its_own_entries_lost() {
    for slashed in 0..OPERATORS {
        let mut suite = Suite::builder().operators(OPERATORS).build().unwrap();
        let (alice, bob, keeper) = (account("alice"), account("bob"), account("keeper"));
        suite.fund(&alice, 3_000_000).unwrap();
        suite.bond(&alice, 3_000_000).unwrap();
        let batch_id = suite.hub_state().unwrap().books.epoch;
        suite.unbond(&alice, 1_500_000).unwrap();
        suite.next_epoch(&keeper).unwrap();
        suite.fund(&bob, 3_000_000).unwrap();
        let shares = suite.tokenize_own_stake(&bob, 0, 3_000_000).unwrap();
        suite.bond_coin(&bob, shares).unwrap();

        suite.slash(slashed, Decimal::percent(5)).unwrap();
        suite.next_epoch(&keeper).unwrap();
        let batch = suite.batch(batch_id).unwrap();
        let in_flight = suite.unbonding_entries().unwrap();
        let entries = batch.matures_at.and_then(|at| in_flight.get(&at).copied());
        let entries = entries.unwrap_or_default();
        // The hub rounds down its cut, a ratio of truncated figures; the chain truncates
        // each entry's: a few units apart.
        let claim = (batch.expected - batch.prepaid).u128();
        assert!(
            claim.abs_diff(entries) <= 3,
            "slash of validator {slashed}: the batch expects {claim}, its entries hold {entries}"
        );

        for _ in 0..UNBONDING_TIME.div_ceil(EPOCH) {
            suite.next_epoch(&keeper).unwrap();
        }
        let before = suite.native_balance(&alice).unwrap();
        suite.withdraw(&alice, batch_id).unwrap();
        let paid = suite.native_balance(&alice).unwrap() - before;
        assert_eq!(
            paid,
            entries + batch.prepaid.u128(),
            "slash of validator {slashed}"
        );
    }
}
