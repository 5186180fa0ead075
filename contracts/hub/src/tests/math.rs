use cosmwasm_std::{Decimal, Decimal256, Uint128};
use faro_types::hub::FeeConfig;
use faro_types::operator_registry::HeavyWeight;
use proptest::prelude::*;

use crate::math::{
    fee_shares, index, shares_for_bond, split_by_weight, split_rewards, tokens_for_shares,
    MathError,
};

fn weight(valoper: &str, weight: u64) -> HeavyWeight {
    HeavyWeight {
        valoper: valoper.to_string(),
        weight,
        reward_address: cosmwasm_std::testing::MockApi::default().addr_make(valoper),
    }
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
    let fees = FeeConfig::default();
    let split = split_rewards(Uint128::new(1_000), &fees, Decimal::percent(5)).unwrap();
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
    let weights = [weight("a", 1), weight("b", 2), weight("c", 2)];
    let parts = split_by_weight(Uint128::new(11), &weights).unwrap();
    let amounts: Vec<u128> = parts.iter().map(|(_, a)| a.u128()).collect();
    assert_eq!(amounts, vec![2, 5, 4]);
    assert_eq!(
        split_by_weight(Uint128::one(), &[]),
        Err(MathError::NoWeights)
    );
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
        weights in proptest::collection::vec(1u64..10_000, 1..100),
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

        let named: Vec<HeavyWeight> = weights.iter().enumerate().map(|(i, w)| weight(&i.to_string(), *w)).collect();
        let parts = split_by_weight(split.restaked, &named).unwrap();
        let sum: u128 = parts.iter().map(|(_, a)| a.u128()).sum();
        prop_assert_eq!(sum, split.restaked.u128());
    }
}
