//! The liquid staking caps, as `x/staking/keeper/liquid_stake.go` of the SDK LSM fork
//! (and Gaia's x/liquid, which kept the functions): the share of all bonded tokens that is
//! liquid, and the share of each validator's delegator shares that is liquid, may not
//! exceed their params. `already_bonded` is true for tokenization (the tokens are in the
//! totals already) and false for a new delegation. The validator-bond factor of the fork
//! is not modelled (the end-to-end chain disables it).

use cosmwasm_std::{Decimal256, Storage, Uint128};

use super::error::LsmError;
use super::math;
use super::state::{
    load_validator, save_validator, total_liquid_staked, LsmParams, TOTAL_LIQUID_STAKED, VALIDATORS,
};

/// Tokens of validators in the active set; jailed validators have left it.
pub fn total_bonded(storage: &dyn Storage) -> Result<Uint128, LsmError> {
    VALIDATORS
        .range(storage, &[])?
        .iter()
        .filter(|(_, v)| !v.jailed)
        .try_fold(Uint128::zero(), |sum, (_, v)| {
            sum.checked_add(v.tokens).map_err(|_| LsmError::Overflow)
        })
}

pub fn increase_total(
    storage: &mut dyn Storage,
    params: &LsmParams,
    tokens: Uint128,
    already_bonded: bool,
) -> Result<(), LsmError> {
    let liquid = total_liquid_staked(storage)? + tokens;
    let mut bonded = total_bonded(storage)?;
    if !already_bonded {
        bonded += tokens;
    }
    if bonded.is_zero()
        || math::quo(math::dec(liquid), math::dec(bonded))?
            > Decimal256::from(params.global_liquid_staking_cap)
    {
        return Err(LsmError::GlobalLiquidStakingCapExceeded);
    }
    Ok(TOTAL_LIQUID_STAKED.save(storage, &liquid)?)
}

pub fn decrease_total(storage: &mut dyn Storage, tokens: Uint128) -> Result<(), LsmError> {
    let liquid = total_liquid_staked(storage)?
        .checked_sub(tokens)
        .map_err(|_| LsmError::TotalLiquidStakedUnderflow)?;
    Ok(TOTAL_LIQUID_STAKED.save(storage, &liquid)?)
}

pub fn increase_validator(
    storage: &mut dyn Storage,
    params: &LsmParams,
    validator: &str,
    shares: Decimal256,
    already_bonded: bool,
) -> Result<(), LsmError> {
    let mut val = load_validator(storage, validator)?;
    let liquid = math::checked_add(val.liquid_shares, shares)?;
    let mut total = val.delegator_shares;
    if !already_bonded {
        total = math::checked_add(total, shares)?;
    }
    if total.is_zero()
        || math::quo(liquid, total)? > Decimal256::from(params.validator_liquid_staking_cap)
    {
        return Err(LsmError::ValidatorLiquidStakingCapExceeded {
            validator: validator.to_string(),
        });
    }
    val.liquid_shares = liquid;
    save_validator(storage, &val)
}

pub fn decrease_validator(
    storage: &mut dyn Storage,
    validator: &str,
    shares: Decimal256,
) -> Result<(), LsmError> {
    let mut val = load_validator(storage, validator)?;
    val.liquid_shares = val.liquid_shares.checked_sub(shares).map_err(|_| {
        LsmError::ValidatorLiquidSharesUnderflow {
            validator: validator.to_string(),
        }
    })?;
    save_validator(storage, &val)
}
