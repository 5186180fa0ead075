//! Staking rewards: each bonded (unjailed) validator earns `apr` on its tokens, by the
//! second (nanosecond, in fact), less its commission; delegators share that pro rata to
//! their shares through a per-share index, the way x/distribution's F1 does, so that no
//! operation iterates over delegators. Commission is not paid to anyone, and the
//! fractions of a unit left when rewards are paid out are dropped (the SDK sends those to
//! the community pool).

use cosmwasm_std::{Decimal256, Timestamp, Uint128, Uint256};

use super::error::LsmError;
use super::math;
use super::state::{Delegation, LsmParams, ValidatorState};

const YEAR_NANOS: u64 = 365 * 24 * 3600 * 1_000_000_000;

/// Moves the validator's reward index to `now`.
pub fn accrue(
    params: &LsmParams,
    validator: &mut ValidatorState,
    now: Timestamp,
) -> Result<(), LsmError> {
    if now <= validator.last_accrual {
        return Ok(());
    }
    let elapsed = now.nanos() - validator.last_accrual.nanos();
    validator.last_accrual = now;
    if validator.jailed || validator.tokens.is_zero() || validator.delegator_shares.is_zero() {
        return Ok(());
    }
    let earned = Decimal256::checked_from_ratio(
        Uint256::from(validator.tokens) * Uint256::from(elapsed),
        Uint256::from(YEAR_NANOS),
    )
    .map_err(|_| LsmError::Overflow)?;
    let keep = Decimal256::one() - Decimal256::from(validator.commission);
    let net_rate = Decimal256::from(params.apr) * keep;
    let earned = earned
        .checked_mul(net_rate)
        .map_err(|_| LsmError::Overflow)?;
    let per_share = earned
        .checked_div(validator.delegator_shares)
        .map_err(|_| LsmError::Overflow)?;
    validator.reward_index = math::checked_add(validator.reward_index, per_share)?;
    Ok(())
}

/// A delegation's rewards since it last settled, against an accrued validator.
pub fn pending(
    validator: &ValidatorState,
    delegation: &Delegation,
) -> Result<Decimal256, LsmError> {
    let growth = math::checked_sub(validator.reward_index, delegation.reward_index)?;
    delegation
        .shares
        .checked_mul(growth)
        .map_err(|_| LsmError::Overflow)
}

/// What a withdrawal pays: the whole units of [`pending`].
pub fn pending_whole(
    validator: &ValidatorState,
    delegation: &Delegation,
) -> Result<Uint128, LsmError> {
    math::truncate_int(pending(validator, delegation)?)
}

/// [`pending`] as of `now`, without writing anything: for queries.
pub fn pending_at(
    params: &LsmParams,
    validator: &ValidatorState,
    delegation: &Delegation,
    now: Timestamp,
) -> Result<Decimal256, LsmError> {
    let mut validator = validator.clone();
    accrue(params, &mut validator, now)?;
    pending(&validator, delegation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::Decimal;

    fn validator(tokens: u128, commission: u64) -> ValidatorState {
        ValidatorState {
            operator: "valoper".to_string(),
            commission: Decimal::percent(commission),
            max_commission: Decimal::one(),
            max_change_rate: Decimal::one(),
            tokens: Uint128::new(tokens),
            delegator_shares: math::dec(Uint128::new(tokens)),
            liquid_shares: Decimal256::zero(),
            jailed: false,
            reward_index: Decimal256::zero(),
            last_accrual: Timestamp::from_seconds(0),
        }
    }

    fn params(apr: u64) -> LsmParams {
        LsmParams {
            apr: Decimal::percent(apr),
            ..LsmParams::default()
        }
    }

    fn delegation(shares: u128) -> Delegation {
        Delegation {
            shares: math::dec(Uint128::new(shares)),
            reward_index: Decimal256::zero(),
        }
    }

    #[test]
    fn a_year_pays_the_apr_net_of_commission() {
        let mut v = validator(1_000_000, 10);
        accrue(
            &params(20),
            &mut v,
            Timestamp::from_seconds(365 * 24 * 3600),
        )
        .unwrap();
        // 1,000,000 × 20% × (1 − 10%) = 180,000, shared by 1,000,000 shares.
        assert_eq!(
            pending_whole(&v, &delegation(1_000_000)).unwrap(),
            Uint128::new(180_000)
        );
        assert_eq!(
            pending_whole(&v, &delegation(250_000)).unwrap(),
            Uint128::new(45_000)
        );
    }

    #[test]
    fn accrual_in_steps_equals_accrual_at_once() {
        let mut stepped = validator(1_000_000_000, 5);
        let mut once = stepped.clone();
        for second in 1..=100 {
            accrue(
                &params(15),
                &mut stepped,
                Timestamp::from_seconds(second * 6),
            )
            .unwrap();
        }
        accrue(&params(15), &mut once, Timestamp::from_seconds(600)).unwrap();
        let d = delegation(1_000_000_000);
        assert_eq!(
            pending_whole(&stepped, &d).unwrap(),
            pending_whole(&once, &d).unwrap()
        );
    }

    #[test]
    fn jailed_validators_earn_nothing_and_time_still_moves() {
        let mut v = validator(1_000_000, 0);
        v.jailed = true;
        accrue(&params(15), &mut v, Timestamp::from_seconds(1_000)).unwrap();
        assert!(v.reward_index.is_zero());
        assert_eq!(v.last_accrual, Timestamp::from_seconds(1_000));
    }

    #[test]
    fn queries_see_rewards_without_moving_the_index() {
        let v = validator(1_000_000, 0);
        let earned = pending_at(
            &params(10),
            &v,
            &delegation(1_000_000),
            Timestamp::from_seconds(365 * 24 * 3600),
        )
        .unwrap();
        assert_eq!(earned, math::dec(Uint128::new(100_000)));
        assert!(v.reward_index.is_zero());
    }
}
