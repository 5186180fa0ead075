//! Quorum, rate-bound and staleness arithmetic.

use cosmwasm_std::{Decimal, Timestamp, Uint128};

const NANOS_PER_SECOND: u64 = 1_000_000_000;

/// The smallest threshold that is a strict majority of `total`: with it, two disjoint
/// sets of voters can never both reach the threshold.
pub fn min_threshold(total: u64) -> u64 {
    total / 2 + 1
}

/// The weight of the voters who agree, given each voter's weight and whether it agrees.
/// Saturates: a sum above `u64::MAX` is above any threshold anyway.
pub fn agreeing_weight(votes: impl IntoIterator<Item = (u64, bool)>) -> u64 {
    votes
        .into_iter()
        .filter(|(_, agrees)| *agrees)
        .fold(0u64, |sum, (weight, _)| sum.saturating_add(weight))
}

pub fn is_final(weight: u64, threshold: u64) -> bool {
    weight >= threshold
}

/// Whether paying `amount` over a `base` moves its index by more than `max`: the index
/// rises by `amount / base`. A positive amount over an empty base always exceeds.
pub fn exceeds_bound(amount: Uint128, base: Uint128, max: Decimal) -> bool {
    if amount.is_zero() {
        return false;
    }
    match Decimal::checked_from_ratio(amount, base) {
        Ok(rate) => rate > max,
        Err(_) => true,
    }
}

/// Whether an epoch that ended at `epoch_end` ended more than `staleness` seconds before
/// `now`. Checked: a limit beyond the clock's range makes nothing stale.
pub fn is_stale(epoch_end: Timestamp, staleness: u64, now: Timestamp) -> bool {
    let age = now.nanos().saturating_sub(epoch_end.nanos());
    staleness
        .checked_mul(NANOS_PER_SECOND)
        .is_some_and(|limit| age > limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn threshold_is_a_strict_majority() {
        assert_eq!(min_threshold(1), 1);
        assert_eq!(min_threshold(4), 3);
        assert_eq!(min_threshold(5), 3);
        assert_eq!(min_threshold(u64::MAX), u64::MAX / 2 + 1);
    }

    #[test]
    fn only_agreeing_voters_count() {
        let votes = [(3, true), (2, false), (4, true)];
        assert_eq!(agreeing_weight(votes), 7);
        assert!(is_final(7, 7));
        assert!(!is_final(6, 7));
        assert_eq!(agreeing_weight([(u64::MAX, true), (1, true)]), u64::MAX);
    }

    #[test]
    fn bound_is_inclusive_and_empty_bases_exceed() {
        let max = Decimal::percent(1);
        assert!(!exceeds_bound(Uint128::new(10), Uint128::new(1_000), max));
        assert!(exceeds_bound(Uint128::new(11), Uint128::new(1_000), max));
        assert!(!exceeds_bound(Uint128::zero(), Uint128::zero(), max));
        assert!(exceeds_bound(Uint128::one(), Uint128::zero(), max));
        assert!(exceeds_bound(Uint128::MAX, Uint128::one(), max));
    }

    #[test]
    fn staleness_is_inclusive_and_never_overflows() {
        let now = Timestamp::from_seconds(10_000);
        assert!(!is_stale(now.minus_seconds(3600), 3600, now));
        assert!(is_stale(now.minus_nanos(3_600_000_000_001), 3600, now));
        assert!(!is_stale(now.plus_seconds(1), 1, now));
        assert!(!is_stale(Timestamp::from_nanos(0), u64::MAX, now));
        let end_of_time = Timestamp::from_nanos(u64::MAX);
        assert!(is_stale(
            Timestamp::from_nanos(0),
            u64::MAX / NANOS_PER_SECOND,
            end_of_time
        ));
    }

    proptest! {
        /// Whatever the weights and however the voters split between two contents, both
        /// never reach a strict-majority threshold.
        #[test]
        fn two_contents_never_both_final(
            weights in prop::collection::vec(1u64..1_000_000, 1..50),
            sides in prop::collection::vec(0u8..3, 50),
            extra in 0u64..1_000,
        ) {
            let total: u64 = weights.iter().sum();
            let threshold = min_threshold(total) + extra.min(total - min_threshold(total));
            let a = agreeing_weight(weights.iter().zip(&sides).map(|(w, s)| (*w, *s == 1)));
            let b = agreeing_weight(weights.iter().zip(&sides).map(|(w, s)| (*w, *s == 2)));
            prop_assert!(!(is_final(a, threshold) && is_final(b, threshold)));
            prop_assert!(a + b <= total);
        }

        /// Every voter agreeing always reaches any valid threshold.
        #[test]
        fn unanimity_is_final(weights in prop::collection::vec(1u64..1_000_000, 1..50)) {
            let total: u64 = weights.iter().sum();
            let all = agreeing_weight(weights.iter().map(|w| (*w, true)));
            prop_assert!(is_final(all, total));
            prop_assert!(is_final(all, min_threshold(total)));
        }

        #[test]
        fn bound_matches_the_ratio(amount in 1u128..1_000_000_000, base in 1u128..1_000_000_000) {
            let max = Decimal::percent(1);
            let expected = Decimal::from_ratio(amount, base) > max;
            prop_assert_eq!(exceeds_bound(Uint128::new(amount), Uint128::new(base), max), expected);
        }
    }
}
