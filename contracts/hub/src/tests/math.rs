use cosmwasm_std::{Decimal, Decimal256, Uint128};
use faro_types::hub::{FeeConfig, DEFAULT_LIGHT_BUDGET};
use proptest::prelude::*;

use crate::math::{
    fee_shares, index, shares_for_bond, split_capped, split_rewards, tokens_for_shares, MathError,
    Target,
};

fn target(valoper: &str, weight: u128, room: Option<u128>) -> Target {
    Target {
        valoper: valoper.to_string(),
        weight: Uint128::new(weight),
        room: room.map(Uint128::new),
    }
}

fn amounts(parts: &[(String, Uint128)]) -> Vec<u128> {
    parts.iter().map(|(_, a)| a.u128()).collect()
}

#[test]
fn the_first_bond_is_one_for_one() {
    let amount = Uint128::new(1_000_000);
    assert_eq!(
        shares_for_bond(amount, Uint128::zero(), Uint128::zero()),
        Ok(amount)
    );
    assert_eq!(
        index(Uint128::zero(), Uint128::zero()),
        Ok(Decimal256::one())
    );
}

#[test]
fn shares_without_backing_are_refused() {
    let err = shares_for_bond(Uint128::one(), Uint128::zero(), Uint128::new(5)).unwrap_err();
    assert_eq!(err, MathError::NoBacking);
}

#[test]
fn rewards_split_as_launched() {
    assert_eq!(DEFAULT_LIGHT_BUDGET, Decimal::percent(5));
    let fees = FeeConfig::default();
    let split = split_rewards(Uint128::new(1_000), &fees, DEFAULT_LIGHT_BUDGET).unwrap();
    assert_eq!(
        (split.light, split.restaked),
        (Uint128::new(50), Uint128::new(950))
    );
    assert_eq!(split.fee, Uint128::new(95));
    assert_eq!(
        split.to_operators + split.to_insurance + split.to_treasury,
        split.fee
    );
    assert_eq!(
        split.to_treasury,
        Uint128::new(48),
        "the odd unit goes to the treasury"
    );
}

#[test]
fn a_fee_as_large_as_the_stake_is_refused() {
    let err = fee_shares(Uint128::new(10), Uint128::new(10), Uint128::new(10)).unwrap_err();
    assert!(matches!(err, MathError::FeeExceedsStake { .. }));
}

#[test]
fn weights_split_exactly_with_the_remainder_to_the_heaviest() {
    let targets = [
        target("a", 1, None),
        target("b", 2, None),
        target("c", 2, None),
    ];
    let (parts, unplaced) = split_capped(Uint128::new(11), &targets).unwrap();
    assert_eq!(amounts(&parts), vec![2, 5, 4]);
    assert!(unplaced.is_zero());
}

#[test]
fn a_full_partial_pool_passes_its_part_to_the_others() {
    // b's cap leaves room for 1; the 4 it would take go to a and c by weight.
    let targets = [
        target("a", 1, None),
        target("b", 2, Some(1)),
        target("c", 1, Some(100)),
    ];
    let (parts, unplaced) = split_capped(Uint128::new(12), &targets).unwrap();
    assert_eq!(amounts(&parts), vec![6, 1, 5]);
    assert!(unplaced.is_zero());
}

#[test]
fn what_no_operator_has_room_for_is_not_placed() {
    let targets = [target("a", 1, Some(3)), target("b", 1, Some(0))];
    let (parts, unplaced) = split_capped(Uint128::new(10), &targets).unwrap();
    assert_eq!(amounts(&parts), vec![3, 0]);
    assert_eq!(unplaced, Uint128::new(7));
    let (parts, unplaced) = split_capped(Uint128::new(10), &[]).unwrap();
    assert!(parts.is_empty());
    assert_eq!(unplaced, Uint128::new(10));
}

prop_compose! {
    fn pool()(shares in 1_000u128..1u128 << 100, rate_bps in 1u128..1_000_000) -> (Uint128, Uint128) {
        let bonded = shares.saturating_mul(rate_bps) / 10_000;
        (Uint128::new(bonded.max(1)), Uint128::new(shares))
    }
}

proptest! {
    #[test]
    fn a_bond_and_its_redemption_never_gain(amount in 1u128..1u128 << 90, (bonded, shares) in pool()) {
        let minted = shares_for_bond(Uint128::new(amount), bonded, shares).unwrap();
        let after_bonded = bonded + Uint128::new(amount);
        let after_shares = shares + minted;
        let back = tokens_for_shares(minted, after_bonded, after_shares).unwrap();
        prop_assert!(back <= Uint128::new(amount));
        // Nobody else's shares lost value.
        let before = Decimal256::from_ratio(bonded, shares);
        let after = Decimal256::from_ratio(after_bonded, after_shares);
        prop_assert!(after >= before);
    }

    #[test]
    fn fee_holders_get_at_most_the_fee(fee in 0u128..1u128 << 80, (bonded, shares) in pool()) {
        prop_assume!(fee < bonded.u128());
        let minted = fee_shares(Uint128::new(fee), bonded, shares).unwrap();
        let worth = tokens_for_shares(minted, bonded, shares + minted).unwrap();
        prop_assert!(worth <= Uint128::new(fee));
    }

    #[test]
    fn every_split_adds_up(
        rewards in 0u128..1u128 << 100,
        fee in 0u64..=30, operators in 0u64..=100, light in 0u64..=20,
    ) {
        let fees = FeeConfig {
            protocol_fee: Decimal::percent(fee),
            operator_share: Decimal::percent(operators),
            insurance_share: Decimal::percent((100 - operators) / 2),
            exit_fee: Decimal::zero(),
        };
        let split = split_rewards(Uint128::new(rewards), &fees, Decimal::percent(light)).unwrap();
        prop_assert_eq!(split.light + split.restaked, Uint128::new(rewards));
        prop_assert_eq!(split.to_operators + split.to_insurance + split.to_treasury, split.fee);
    }

    #[test]
    fn a_capped_split_adds_up_and_respects_every_cap(
        amount in 0u128..1u128 << 100,
        targets in proptest::collection::vec((0u128..10_000, proptest::option::of(0u128..1u128 << 90)), 0..100),
    ) {
        let targets: Vec<Target> = targets
            .iter()
            .enumerate()
            .map(|(i, (weight, room))| target(&i.to_string(), *weight, *room))
            .collect();
        let (parts, unplaced) = split_capped(Uint128::new(amount), &targets).unwrap();
        let placed: u128 = amounts(&parts).iter().sum();
        prop_assert_eq!(placed + unplaced.u128(), amount);
        for (part, target) in parts.iter().zip(&targets) {
            prop_assert!(target.room.is_none_or(|room| part.1 <= room));
            if target.weight.is_zero() {
                prop_assert!(part.1.is_zero());
            }
        }
        // Something is left over only when every weighted operator is full.
        if !unplaced.is_zero() {
            for (part, target) in parts.iter().zip(&targets) {
                prop_assert!(target.weight.is_zero() || target.room == Some(part.1));
            }
        }
    }
}
