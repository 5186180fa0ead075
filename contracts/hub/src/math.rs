//! The hub's arithmetic, as pure functions. Every rounding favours the holders as a whole:
//! a bond is credited at most what it brings, a payout is at most what its shares are
//! worth, a fee takes at most its rate, and every split adds up to exactly what it splits.

use cosmwasm_std::{
    CheckedFromRatioError, Decimal, Decimal256, OverflowError, OverflowOperation, Uint128, Uint256,
};
use faro_types::hub::FeeConfig;
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum MathError {
    #[error(transparent)]
    Overflow(#[from] OverflowError),

    #[error("shares exist but nothing backs them")]
    NoBacking,

    #[error("no active heavy operator to delegate to")]
    NoWeights,

    #[error("the fee {fee} is not less than the stake {bonded} it is taken from")]
    FeeExceedsStake { fee: Uint128, bonded: Uint128 },
}

impl From<CheckedFromRatioError> for MathError {
    fn from(_: CheckedFromRatioError) -> Self {
        MathError::NoBacking
    }
}

/// The stake behind the shares: what one heavy share is worth, rounded down.
pub fn index(total_bonded: Uint128, total_shares: Uint128) -> Result<Decimal256, MathError> {
    if total_shares.is_zero() {
        return Ok(Decimal256::one());
    }
    Ok(Decimal256::checked_from_ratio(total_bonded, total_shares)?)
}

/// Shares a bond of `amount` is worth, rounded down; one for one while nothing is bonded.
pub fn shares_for_bond(
    amount: Uint128,
    total_bonded: Uint128,
    total_shares: Uint128,
) -> Result<Uint128, MathError> {
    if total_shares.is_zero() {
        return Ok(amount);
    }
    if total_bonded.is_zero() {
        return Err(MathError::NoBacking);
    }
    mul_ratio_floor(amount, total_shares, total_bonded)
}

/// Tokens `shares` are worth, rounded down.
pub fn tokens_for_shares(
    shares: Uint128,
    total_bonded: Uint128,
    total_shares: Uint128,
) -> Result<Uint128, MathError> {
    if total_shares.is_zero() {
        return Ok(Uint128::zero());
    }
    mul_ratio_floor(shares, total_bonded, total_shares)
}

/// How an epoch's rewards are used. `light + restaked == rewards`; the fee is not taken
/// out in tokens but minted as shares against the restaked value, split three ways.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RewardSplit {
    pub light: Uint128,
    pub restaked: Uint128,
    pub fee: Uint128,
    pub to_operators: Uint128,
    pub to_insurance: Uint128,
    pub to_treasury: Uint128,
}

pub fn split_rewards(
    rewards: Uint128,
    fees: &FeeConfig,
    light_budget: Decimal,
) -> Result<RewardSplit, MathError> {
    let light = rewards.mul_floor(light_budget);
    let restaked = rewards.checked_sub(light)?;
    let fee = restaked.mul_floor(fees.protocol_fee);
    let to_operators = fee.mul_floor(fees.operator_share);
    let to_insurance = fee.mul_floor(fees.insurance_share);
    let to_treasury = fee.checked_sub(to_operators)?.checked_sub(to_insurance)?;
    Ok(RewardSplit {
        light,
        restaked,
        fee,
        to_operators,
        to_insurance,
        to_treasury,
    })
}

/// Shares to mint so that their holders own at most `fee` of `total_bonded` once minted:
/// `s · B / (S + s) ≤ fee` ⇔ `s ≤ fee · S / (B − fee)`, rounded down.
pub fn fee_shares(
    fee: Uint128,
    total_bonded: Uint128,
    total_shares: Uint128,
) -> Result<Uint128, MathError> {
    if fee >= total_bonded {
        return Err(MathError::FeeExceedsStake {
            fee,
            bonded: total_bonded,
        });
    }
    let rest = total_bonded.checked_sub(fee)?;
    let shares = fee
        .full_mul(total_shares)
        .checked_div(rest.into())
        .map_err(|_| MathError::NoBacking)?;
    narrow(shares)
}

/// One operator's claim on new stake: its weight and, in a partial pool, the room left
/// under its cap (`None`: uncapped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub valoper: String,
    pub weight: Uint128,
    pub room: Option<Uint128>,
}

/// Splits `amount` by weight without filling any target past its room: what a full
/// target cannot take is split again among the others, until everything is placed or
/// every target is full. Returns the parts and what could not be placed; together they
/// add up to `amount`. Each round that leaves something over fills at least one target,
/// so there are at most as many rounds as targets.
pub fn split_capped(
    amount: Uint128,
    targets: &[Target],
) -> Result<(Vec<(String, Uint128)>, Uint128), MathError> {
    let mut given = vec![Uint128::zero(); targets.len()];
    // A target is never given more than its room, so this never saturates.
    let room_left =
        |i: usize, given: &[Uint128]| targets[i].room.map(|room| room.saturating_sub(given[i]));
    let mut left = amount;
    loop {
        let open: Vec<usize> = (0..targets.len())
            .filter(|&i| {
                !targets[i].weight.is_zero() && room_left(i, &given) != Some(Uint128::zero())
            })
            .collect();
        if left.is_zero() || open.is_empty() {
            break;
        }
        let weights: Vec<(String, Uint128)> = open
            .iter()
            .map(|&i| (targets[i].valoper.clone(), targets[i].weight))
            .collect();
        let parts = split_pro_rata(left, &weights)?;
        left = Uint128::zero();
        for (&i, (_, part)) in open.iter().zip(parts) {
            let take = room_left(i, &given).map_or(part, |room| part.min(room));
            given[i] = given[i].checked_add(take)?;
            left = left.checked_add(part.checked_sub(take)?)?;
        }
    }
    let parts = targets
        .iter()
        .zip(given)
        .map(|(target, part)| (target.valoper.clone(), part))
        .collect();
    Ok((parts, left))
}

/// Splits `amount` pro rata to `parts`, rounding each share down and giving the
/// remainder to the largest part (the first on a tie), so the shares add up exactly.
pub fn split_pro_rata(
    amount: Uint128,
    parts: &[(String, Uint128)],
) -> Result<Vec<(String, Uint128)>, MathError> {
    let total = parts
        .iter()
        .try_fold(Uint128::zero(), |sum, (_, part)| sum.checked_add(*part))?;
    if total.is_zero() {
        return Err(MathError::NoWeights);
    }
    let mut shares = parts
        .iter()
        .map(|(key, part)| Ok((key.clone(), mul_ratio_floor(amount, *part, total)?)))
        .collect::<Result<Vec<_>, MathError>>()?;
    let given = shares
        .iter()
        .try_fold(Uint128::zero(), |sum, (_, share)| sum.checked_add(*share))?;
    let largest = parts
        .iter()
        .enumerate()
        .max_by(|(i, (_, a)), (j, (_, b))| a.cmp(b).then(j.cmp(i)))
        .map(|(index, _)| index)
        .unwrap_or_default();
    shares[largest].1 = shares[largest].1.checked_add(amount.checked_sub(given)?)?;
    Ok(shares)
}

/// `⌈value × total_shares / total_value⌉`: the shares to burn so that `value` leaves
/// the books without lowering what the remaining shares are worth.
pub fn shares_for_value_ceil(
    value: Uint128,
    total_value: Uint128,
    total_shares: Uint128,
) -> Result<Uint128, MathError> {
    if total_value.is_zero() {
        return Err(MathError::NoBacking);
    }
    let denominator = Uint256::from(total_value);
    let shares = value
        .full_mul(total_shares)
        .checked_add(denominator - Uint256::one())?
        .checked_div(denominator)
        .map_err(|_| MathError::NoBacking)?;
    narrow(shares)
}

/// `⌊amount × numerator / denominator⌋` in 256 bits.
pub fn mul_ratio_floor(
    amount: Uint128,
    numerator: Uint128,
    denominator: Uint128,
) -> Result<Uint128, MathError> {
    amount
        .checked_multiply_ratio(numerator, denominator)
        .map_err(|_| mul_overflow())
}

/// A 256-bit product back in 128 bits, or the overflow of the multiplication.
fn narrow(value: Uint256) -> Result<Uint128, MathError> {
    Uint128::try_from(value).map_err(|_| mul_overflow())
}

fn mul_overflow() -> MathError {
    MathError::Overflow(OverflowError::new(OverflowOperation::Mul))
}
