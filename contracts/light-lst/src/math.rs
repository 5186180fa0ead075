//! The ledger's arithmetic. Units and coins are whole; the reward index and the unsettled
//! rewards carry 18 decimals (`Decimal256`). A whole number of units times an index keeps
//! every digit, so only a coin amount paid to someone is ever floored.

use cosmwasm_std::{Decimal, Decimal256, StdResult, Uint128, Uint256};

/// `units × per_unit`, exact.
pub fn exact(units: Uint128, per_unit: Decimal256) -> StdResult<Decimal256> {
    Ok(Decimal256::new(
        Uint256::from(units).checked_mul(per_unit.atomics())?,
    ))
}

/// `⌊value⌋` as a coin amount.
pub fn floor(value: Decimal256) -> StdResult<Uint128> {
    Ok(Uint128::try_from(value.to_uint_floor())?)
}

/// `value` as a decimal.
pub fn whole(value: Uint128) -> StdResult<Decimal256> {
    exact(value, Decimal256::one())
}

/// `⌊units × (now − since)⌋`: the rewards an account holding `units` earned while the
/// index rose from `since` to `now`.
pub fn pending(units: Uint128, since: Decimal256, now: Decimal256) -> StdResult<Uint128> {
    floor(exact(units, now.checked_sub(since)?)?)
}

/// `⌊rest ÷ total_units⌋` to 18 decimals: how far a reward of `rest` raises the index.
/// Spread over the units, it is at most `rest`, and short of it by less than
/// `total_units × 10⁻¹⁸`.
pub fn index_raise(rest: Uint128, total_units: Uint128) -> StdResult<Decimal256> {
    let atomics = Uint256::from(rest)
        .checked_mul(Decimal256::one().atomics())?
        .checked_div(Uint256::from(total_units))?;
    Ok(Decimal256::new(atomics))
}

/// `⌊amount × rate⌋`, the operator's part of a reward. `rate ≤ 1`, so it never exceeds
/// `amount`.
pub fn commission_of(amount: Uint128, rate: Decimal) -> Uint128 {
    amount.mul_floor(rate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::dec;
    use proptest::prelude::*;

    #[test]
    fn pending_rewards_round_down() {
        let (u, since) = (Uint128::new(3), dec("1.5"));
        assert_eq!(pending(u, since, dec("1.5")).unwrap().u128(), 0);
        assert_eq!(pending(u, since, dec("1.8")).unwrap().u128(), 0);
        assert_eq!(pending(u, since, dec("1.9")).unwrap().u128(), 1);
        assert_eq!(pending(u, since, dec("2.5")).unwrap().u128(), 3);
        assert!(
            pending(u, dec("2"), dec("1")).is_err(),
            "the index never falls"
        );
    }

    #[test]
    fn raises_round_down_and_products_are_exact() {
        let raise = index_raise(Uint128::new(10), Uint128::new(3)).unwrap();
        assert_eq!(raise, dec("3.333333333333333333"));
        assert_eq!(
            exact(Uint128::new(3), raise).unwrap(),
            dec("9.999999999999999999")
        );
        assert_eq!(floor(dec("9.999999999999999999")).unwrap().u128(), 9);
        assert_eq!(whole(Uint128::new(7)).unwrap(), dec("7"));
        assert!(index_raise(Uint128::one(), Uint128::zero()).is_err());
        let huge = Decimal256::new(Uint256::MAX);
        assert!(exact(Uint128::new(2), huge).is_err());
        assert!(floor(huge).is_err());
    }

    #[test]
    fn commission_rounds_down() {
        let rate = Decimal::percent(15);
        assert_eq!(commission_of(Uint128::new(99), rate).u128(), 14);
        assert_eq!(
            commission_of(Uint128::new(u128::MAX), Decimal::one()).u128(),
            u128::MAX
        );
        assert_eq!(commission_of(Uint128::new(6), Decimal::zero()).u128(), 0);
    }

    fn coins() -> impl Strategy<Value = u128> {
        prop_oneof![1u128..1_000, 1u128..1_000_000_000_000_000_000]
    }

    proptest! {
        #[test]
        fn a_raise_spreads_at_most_the_reward_and_leaves_less_than_a_unit_each(
            rest in coins(),
            total in coins(),
        ) {
            let (rest, total) = (Uint128::new(rest), Uint128::new(total));
            let spread = exact(total, index_raise(rest, total).unwrap()).unwrap();
            let left = whole(rest).unwrap() - spread;
            prop_assert!(left.atomics() < Uint256::from(total));
        }

        #[test]
        fn settling_parts_never_pays_more_than_the_whole(
            parts in prop::collection::vec(coins(), 1..6),
            raises in prop::collection::vec((coins(), coins()), 1..6),
        ) {
            let total: u128 = parts.iter().sum();
            let mut index = Decimal256::zero();
            for (rest, units) in raises {
                let raise = index_raise(Uint128::new(rest), Uint128::new(units)).unwrap();
                index = index.checked_add(raise).unwrap();
            }
            let spread = exact(Uint128::new(total), index).unwrap();
            let paid: u128 = parts
                .iter()
                .map(|units| pending(Uint128::new(*units), Decimal256::zero(), index).unwrap().u128())
                .sum();
            prop_assert!(whole(Uint128::new(paid)).unwrap() <= spread);
        }
    }
}
