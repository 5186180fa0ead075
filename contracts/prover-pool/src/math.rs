//! The pool's arithmetic, as pure functions. Fee-per-gas figures are `Decimal256`, weights
//! `Uint256`: a weight is at most `(4/3)²` times a stake, so even 32 stakes of
//! `Uint128::MAX` sum far below `Uint256::MAX`. Payouts round down, the proposer's fee and
//! slashes round up.

use cosmwasm_std::{
    CheckedMultiplyFractionError, CheckedMultiplyRatioError, ConversionOverflowError, Decimal,
    Decimal256, DivideByZeroError, OverflowError, OverflowOperation, Uint128, Uint256,
};
use faro_types::prover_pool::{MAX_PROOF_WINDOW, MIN_PROOF_WINDOW};
use sha2::{Digest, Sha256};
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum MathError {
    #[error("{0}")]
    Overflow(#[from] OverflowError),

    #[error("{0}")]
    Ratio(#[from] CheckedMultiplyRatioError),

    #[error("{0}")]
    Fraction(#[from] CheckedMultiplyFractionError),

    #[error("{0}")]
    Conversion(#[from] ConversionOverflowError),

    #[error("{0}")]
    DivideByZero(#[from] DivideByZeroError),
}

/// F moves by `1/FEE_SMOOTHING` of the gap to each timely proof's R′.
pub const FEE_SMOOTHING: u64 = 1024;
/// The average proof delay moves by `1/DELAY_SMOOTHING` of the gap to each timely
/// proof's delay: an exponential moving average over roughly the last 16 proofs.
pub const DELAY_SMOOTHING: u64 = 16;

/// R′: `reward_per_gas` clamped to `[⌈0.75F⌉, ⌊1.25F⌋]` (in atomics). For `F ≥ 1` atomic
/// the bounds hold `F` itself, so they never cross.
pub fn clamp_reward(
    reward_per_gas: Decimal,
    fee_per_gas: Decimal256,
) -> Result<Decimal256, MathError> {
    let f = fee_per_gas.atomics();
    let low = f
        .checked_mul(Uint256::from(3u8))?
        .checked_add(Uint256::from(3u8))?
        / Uint256::from(4u8);
    let high = f.checked_mul(Uint256::from(5u8))? / Uint256::from(4u8);
    let r = Decimal256::from(reward_per_gas).atomics();
    Ok(Decimal256::new(r.max(low).min(high)))
}

/// `W = A·F²/R′²`, rounded down, for a clamped `R′`; zero if `R′` is.
pub fn weight(
    stake: Uint128,
    fee_per_gas: Decimal256,
    clamped: Decimal256,
) -> Result<Uint256, MathError> {
    if clamped.is_zero() {
        return Ok(Uint256::zero());
    }
    let (f, r) = (fee_per_gas.atomics(), clamped.atomics());
    // Each step multiplies by F/R′ ≤ 4/3 through a 512-bit intermediate.
    let once = Uint256::from(stake).checked_multiply_ratio(f, r)?;
    Ok(once.checked_multiply_ratio(f, r)?)
}

/// The block's random number: `sha256(parent_hash ‖ block_id)`, the id as 8 big-endian
/// bytes, read as a big-endian integer.
pub fn seed(parent_hash: &[u8], block_id: u64) -> Uint256 {
    let digest = Sha256::new()
        .chain_update(parent_hash)
        .chain_update(block_id.to_be_bytes())
        .finalize();
    Uint256::from_be_bytes(digest.into())
}

/// The index whose range of the cumulative weights holds `seed mod total`: index `i` is
/// picked with probability `weights[i] / total` (the bias of the modulo is below
/// `total / 2²⁵⁶`). None when every weight is zero.
pub fn select(weights: &[Uint256], seed: Uint256) -> Result<Option<usize>, MathError> {
    let total = total_weight(weights)?;
    if total.is_zero() {
        return Ok(None);
    }
    let point = seed.checked_rem(total)?;
    let mut cumulative = Uint256::zero();
    for (index, weight) in weights.iter().enumerate() {
        cumulative = cumulative.checked_add(*weight)?;
        if point < cumulative {
            return Ok(Some(index));
        }
    }
    Ok(None)
}

pub fn total_weight(weights: &[Uint256]) -> Result<Uint256, MathError> {
    Ok(weights
        .iter()
        .try_fold(Uint256::zero(), |sum, weight| sum.checked_add(*weight))?)
}

/// The proposer's fee, `⌈F × gas_used⌉`.
pub fn fee(fee_per_gas: Decimal256, gas_used: u64) -> Result<Uint128, MathError> {
    let fee = Uint256::from(gas_used).checked_mul_ceil(fee_per_gas)?;
    Ok(Uint128::try_from(fee)?)
}

/// The block's reward, `⌊R′ × gas_used⌋`.
pub fn reward(reward_per_gas: Decimal256, gas_used: u64) -> Result<Uint128, MathError> {
    let reward = Uint256::from(gas_used).checked_mul_floor(reward_per_gas)?;
    Ok(Uint128::try_from(reward)?)
}

/// The pay for proving an open block or another prover's late one, `⌊1.5 × R′ × gas_used⌋`.
pub fn bonus_reward(reward_per_gas: Decimal256, gas_used: u64) -> Result<Uint128, MathError> {
    let triple = Uint256::from(gas_used)
        .checked_mul(Uint256::from(3u8))?
        .checked_mul_floor(reward_per_gas)?;
    Ok(Uint128::try_from(triple / Uint256::from(2u8))?)
}

/// `F ← ⌊(F·1023 + R′)/1024⌋`. With `F` and `R′` at least one atomic, so is the result.
pub fn next_fee_per_gas(
    fee_per_gas: Decimal256,
    clamped: Decimal256,
) -> Result<Decimal256, MathError> {
    let smoothing = Uint256::from(FEE_SMOOTHING);
    let next = fee_per_gas
        .atomics()
        .checked_mul(smoothing - Uint256::one())?
        .checked_add(clamped.atomics())?
        / smoothing;
    Ok(Decimal256::new(next))
}

/// `avg ← ⌊(avg·15 + delay)/16⌋`, in seconds.
pub fn next_average_delay(average: u64, delay: u64) -> Result<u64, MathError> {
    let next = Uint128::from(average)
        .checked_mul(Uint128::from(DELAY_SMOOTHING - 1))?
        .checked_add(Uint128::from(delay))?
        / Uint128::from(DELAY_SMOOTHING);
    // At most the larger of the two, so it fits.
    Ok(u64::try_from(next.u128()).map_err(|_| OverflowError::new(OverflowOperation::Add))?)
}

/// Twice the average proof delay, clamped to [10 min, 90 min].
pub fn proof_window(average_delay: u64) -> u64 {
    average_delay
        .saturating_mul(2)
        .clamp(MIN_PROOF_WINDOW, MAX_PROOF_WINDOW)
}

/// The stake a capacity needs: `capacity × min_stake_per_capacity`.
pub fn min_stake(capacity: u32, per_capacity: Uint128) -> Result<Uint128, MathError> {
    Ok(per_capacity.checked_mul(Uint128::from(capacity))?)
}

/// `max(⌈fraction × stake⌉, multiple × reward)`, capped at the stake.
pub fn slash(stake: Uint128, fraction: Decimal, multiple: u32, reward: Uint128) -> Uint128 {
    // A fraction is at most one, so its share of the stake never overflows; a multiple of
    // the reward that would is above the stake anyway.
    let by_stake = stake.checked_mul_ceil(fraction).unwrap_or(stake);
    let by_reward = reward.saturating_mul(Uint128::from(multiple));
    by_stake.max(by_reward).min(stake)
}

/// How a payout is covered.
#[derive(Debug, PartialEq, Eq)]
pub struct Cover {
    /// Paid at once.
    pub paid: Uint128,
    /// Owed to the prover.
    pub short: Uint128,
    /// The reserve afterwards.
    pub reserve: Uint128,
}

/// Covers `payout` from the block's `escrow` and the part of the `reserve` not set aside
/// for the `owed` debts; whatever is left of the escrow joins the reserve.
pub fn cover(
    payout: Uint128,
    escrow: Uint128,
    reserve: Uint128,
    owed: Uint128,
) -> Result<Cover, MathError> {
    let free = reserve.saturating_sub(owed);
    let paid = payout.min(escrow.checked_add(free)?);
    Ok(Cover {
        paid,
        short: payout.checked_sub(paid)?,
        reserve: reserve.checked_add(escrow)?.checked_sub(paid)?,
    })
}
