use cosmwasm_std::{Decimal, Decimal256, Uint128, Uint256};
use proptest::prelude::*;

use crate::math::{
    bonus_reward, clamp_reward, cover, fee, min_stake, next_average_delay, next_fee_per_gas,
    proof_window, reward, seed, select, slash, total_weight, weight, Cover,
};

fn d(permille: u64) -> Decimal {
    Decimal::permille(permille)
}

fn d256(permille: u64) -> Decimal256 {
    Decimal256::permille(permille)
}

fn u(value: u128) -> Uint128 {
    Uint128::new(value)
}

fn w(value: u128) -> Uint256 {
    Uint256::from(value)
}

#[test]
fn reward_per_gas_is_clamped_to_a_quarter_around_f() {
    let f = d256(40);
    assert_eq!(clamp_reward(d(1), f).unwrap(), d256(30));
    assert_eq!(clamp_reward(d(35), f).unwrap(), d256(35));
    assert_eq!(clamp_reward(d(90), f).unwrap(), d256(50));
    // One atomic: the bounds round inward to F itself.
    let tiny = Decimal256::raw(1);
    assert_eq!(clamp_reward(Decimal::raw(1_000), tiny).unwrap(), tiny);
    assert_eq!(
        clamp_reward(Decimal::raw(1), Decimal256::raw(2)).unwrap(),
        Decimal256::raw(2)
    );
}

#[test]
fn weight_is_stake_times_f_over_r_squared() {
    let f = d256(25);
    assert_eq!(weight(u(1_000), f, f).unwrap(), w(1_000));
    assert_eq!(weight(u(1_000), f, d256(20)).unwrap(), w(1_562));
    assert_eq!(
        weight(u(900), f, Decimal256::from_ratio(75u128, 4000u128)).unwrap(),
        w(1_600)
    );
    assert_eq!(weight(u(0), f, f).unwrap(), w(0));
    assert_eq!(weight(u(1_000), f, Decimal256::zero()).unwrap(), w(0));
}

#[test]
fn selection_walks_the_cumulative_weights() {
    let weights = [w(10), w(0), w(30), w(60)];
    let pick = |point: u128| select(&weights, Uint256::from(point)).unwrap();
    assert_eq!(pick(0), Some(0));
    assert_eq!(pick(9), Some(0));
    assert_eq!(pick(10), Some(2));
    assert_eq!(pick(39), Some(2));
    assert_eq!(pick(40), Some(3));
    assert_eq!(pick(99), Some(3));
    assert_eq!(pick(100), Some(0), "modulo the total");
    assert_eq!(select(&[w(0), w(0)], Uint256::MAX).unwrap(), None);
    assert_eq!(select(&[], Uint256::MAX).unwrap(), None);
    assert_eq!(total_weight(&weights).unwrap(), w(100));
}

#[test]
fn the_seed_is_sha256_of_parent_hash_then_block_id() {
    // sha256 of 32 zero bytes followed by the big-endian 1.
    let mut preimage = [0u8; 40];
    preimage[39] = 1;
    use sha2::Digest;
    let digest: [u8; 32] = sha2::Sha256::digest(preimage).into();
    assert_eq!(seed(&[0u8; 32], 1), Uint256::from_be_bytes(digest));
    assert_ne!(seed(&[0u8; 32], 1), seed(&[0u8; 32], 2));
}

#[test]
fn fees_round_up_and_rewards_down() {
    assert_eq!(fee(d256(25), 101).unwrap(), u(3));
    assert_eq!(fee(d256(25), 40).unwrap(), u(1));
    assert_eq!(reward(d256(25), 101).unwrap(), u(2));
    assert_eq!(bonus_reward(d256(25), 101).unwrap(), u(3));
    assert_eq!(bonus_reward(d256(20), 100_000).unwrap(), u(3_000));
    // More than 128 bits of pay is refused rather than wrapped.
    assert!(reward(Decimal256::from(Decimal::MAX), u64::MAX).is_err());
    assert!(fee(Decimal256::from(Decimal::MAX), u64::MAX).is_err());
}

#[test]
fn f_and_the_delay_move_by_their_smoothing() {
    assert_eq!(
        next_fee_per_gas(d256(25), d256(20)).unwrap(),
        Decimal256::from_ratio(25_575u128 + 20, 1_024_000u128)
    );
    assert_eq!(
        next_fee_per_gas(Decimal256::raw(1), Decimal256::raw(1)).unwrap(),
        Decimal256::raw(1)
    );
    assert_eq!(next_average_delay(600, 300).unwrap(), 581);
    assert_eq!(next_average_delay(600, 600).unwrap(), 600);
    assert_eq!(next_average_delay(u64::MAX, u64::MAX).unwrap(), u64::MAX);
    assert_eq!(proof_window(0), 600);
    assert_eq!(proof_window(1_000), 2_000);
    assert_eq!(proof_window(u64::MAX), 5_400);
}

#[test]
fn slashes_take_the_larger_measure_capped_at_the_stake() {
    let five = Decimal::percent(5);
    assert_eq!(slash(u(1_000_000), five, 10, u(1_000)), u(50_000));
    assert_eq!(slash(u(1_000_000), five, 10, u(9_000)), u(90_000));
    assert_eq!(slash(u(1_000_000), five, 10, u(200_000)), u(1_000_000));
    assert_eq!(slash(u(21), five, 2, u(0)), u(2), "rounded up");
    assert_eq!(slash(u(0), five, 10, u(5)), u(0));
    assert_eq!(
        slash(Uint128::MAX, Decimal::one(), u32::MAX, Uint128::MAX),
        Uint128::MAX
    );
    assert_eq!(min_stake(3, u(7)).unwrap(), u(21));
}

#[test]
fn payouts_are_covered_from_escrow_then_the_free_reserve() {
    let c =
        |payout, escrow, reserve, owed| cover(u(payout), u(escrow), u(reserve), u(owed)).unwrap();
    let cover_of = |paid, short, reserve| Cover {
        paid: u(paid),
        short: u(short),
        reserve: u(reserve),
    };
    assert_eq!(c(80, 100, 0, 0), cover_of(80, 0, 20));
    assert_eq!(c(150, 100, 70, 0), cover_of(150, 0, 20));
    assert_eq!(c(150, 100, 30, 0), cover_of(130, 20, 0));
    // 40 of the reserve is set aside for debts.
    assert_eq!(c(150, 100, 70, 40), cover_of(130, 20, 40));
    assert_eq!(c(150, 100, 30, 40), cover_of(100, 50, 30));
}

prop_compose! {
    fn fee_per_gas()(atomics in prop_oneof![1u128..1_000, 1u128..u128::MAX]) -> Decimal256 {
        Decimal256::new(Uint256::from(atomics))
    }
}

prop_compose! {
    fn ask()(atomics in prop_oneof![1u128..1_000, 1u128..u128::MAX]) -> Decimal {
        Decimal::raw(atomics)
    }
}

proptest! {
    #[test]
    fn weights_never_overflow_and_stay_within_the_clamp(
        stake in prop_oneof![Just(u128::MAX), 0u128..=u128::MAX],
        f in fee_per_gas(),
        r in ask(),
    ) {
        let clamped = clamp_reward(r, f).unwrap();
        prop_assert!(!clamped.is_zero());
        let weight = weight(Uint128::new(stake), f, clamped).unwrap();
        let stake = Uint256::from(stake);
        prop_assert!(weight <= stake * w(16) / w(9) + w(1));
        prop_assert!(weight + w(2) >= stake * w(16) / w(25));
        // A full active set of whole-supply stakes still sums.
        prop_assert!(total_weight(&[weight; 32]).is_ok());
    }

    #[test]
    fn a_lower_ask_never_gains_beyond_three_quarters_of_f(
        stake in 0u128..=u128::MAX,
        f in fee_per_gas(),
        low in ask(),
        high in ask(),
    ) {
        let (low, high) = if low <= high { (low, high) } else { (high, low) };
        let at = |r| weight(Uint128::new(stake), f, clamp_reward(r, f).unwrap()).unwrap();
        prop_assert!(at(low) >= at(high), "weight falls as R rises");
        prop_assert!(at(Decimal::raw(1)) >= at(low), "the tiniest ask has the most weight");
        // Below 0.75F, asking less changes nothing.
        let floor = clamp_reward(Decimal::raw(1), f).unwrap();
        prop_assert_eq!(at(Decimal::raw(1)), weight(Uint128::new(stake), f, floor).unwrap());
    }

    #[test]
    fn selection_picks_a_weighted_index(
        weights in proptest::collection::vec(0u128..u128::MAX, 0..32),
        seed_bytes in any::<[u8; 32]>(),
    ) {
        let weights: Vec<Uint256> = weights.into_iter().map(Uint256::from).collect();
        let pick = select(&weights, Uint256::from_be_bytes(seed_bytes)).unwrap();
        match pick {
            Some(index) => prop_assert!(!weights[index].is_zero()),
            None => prop_assert!(weights.iter().all(|w| w.is_zero())),
        }
    }

    #[test]
    fn fee_and_pay_round_against_the_pool(
        f in fee_per_gas(),
        gas in 1u64..1u64 << 40,
    ) {
        let exact = Decimal256::from_atomics(gas, 0).unwrap().checked_mul(f);
        if let (Ok(fee), Ok(reward), Ok(exact)) = (fee(f, gas), reward(f, gas), exact) {
            prop_assert!(Decimal256::from_atomics(fee, 0).unwrap() >= exact);
            prop_assert!(Decimal256::from_atomics(reward, 0).unwrap() <= exact);
            prop_assert!(fee <= reward + Uint128::one());
            let bonus = bonus_reward(f, gas).unwrap();
            prop_assert!(bonus >= reward && bonus <= reward * u(3) / u(2) + Uint128::one());
        }
    }

    #[test]
    fn f_moves_toward_r_and_never_reaches_zero(f in fee_per_gas(), r in ask()) {
        let clamped = clamp_reward(r, f).unwrap();
        let next = next_fee_per_gas(f, clamped).unwrap();
        prop_assert!(!next.is_zero());
        let (low, high) = if f <= clamped { (f, clamped) } else { (clamped, f) };
        prop_assert!(next <= high && next + Decimal256::raw(1) >= low);
    }

    #[test]
    fn slashes_are_bounded(
        stake in 0u128..=u128::MAX,
        fraction in 1u64..=1_000,
        multiple in 2u32..1_000,
        block_reward in 0u128..=u128::MAX,
    ) {
        let fraction = Decimal::permille(fraction);
        let slashed = slash(Uint128::new(stake), fraction, multiple, Uint128::new(block_reward));
        prop_assert!(slashed <= Uint128::new(stake));
        prop_assert!(slashed >= Uint128::new(stake).mul_floor(fraction));
        let by_reward = Uint128::new(block_reward).saturating_mul(Uint128::from(multiple));
        prop_assert!(slashed >= by_reward.min(Uint128::new(stake)));
    }

    #[test]
    fn a_cover_adds_up(
        payout in 0u128..1u128 << 100,
        escrow in 0u128..1u128 << 100,
        reserve in 0u128..1u128 << 100,
        owed in 0u128..1u128 << 100,
    ) {
        let c = cover(u(payout), u(escrow), u(reserve), u(owed)).unwrap();
        prop_assert_eq!(c.paid + c.short, u(payout));
        prop_assert!(c.paid <= u(escrow) + u(reserve).saturating_sub(u(owed)));
        prop_assert_eq!(c.reserve + c.paid, u(reserve) + u(escrow));
        // A shortfall only when everything free was used.
        if !c.short.is_zero() {
            prop_assert_eq!(c.reserve, u(reserve).min(u(owed)));
        }
    }
}
