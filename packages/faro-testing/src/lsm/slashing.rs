//! Slashing and jailing, driven by tests (the chain's evidence and downtime tracking are
//! not modelled).
//!
//! A slash follows `x/staking/keeper/slash.go`: unbonding and redelegation entries of the
//! validator created at or after the infraction height and not yet complete lose
//! `fraction` of their initial balance (a redelegation by unbonding the shares it created
//! at the destination), and the validator's tokens lose the rest of `fraction` × its power
//! at the infraction, which the model takes to be its tokens now plus those entries (no
//! delegation arrived since). With the infraction at the current height no entry is
//! touched, as on the chain. The SDK's priority of a destination's unbonding entries over
//! its delegation, when a redelegated delegation has since been undelegated, is left out.

use anyhow::Result as AnyResult;
use cosmwasm_std::{
    Addr, Coin, Decimal, Decimal256, Event, StdResult, Storage, Timestamp, Uint128,
};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::caps;
use super::error::LsmError;
use super::keeper::{unbond, Ctx};
use super::math;
use super::rewards;
use super::state::{
    load_delegation, load_params, load_validator, save_validator, LsmParams, REDELEGATIONS,
    UNBONDING,
};
use super::store::Map;

fn eligible(
    creation_height: u64,
    completion_time: Timestamp,
    infraction: u64,
    now: Timestamp,
) -> bool {
    creation_height >= infraction && completion_time > now
}

/// `fraction × amount`, truncated (`slashFactor.MulInt(amount).TruncateInt()`).
fn part(fraction: Decimal256, amount: Uint128) -> Result<Uint128, LsmError> {
    math::truncate_int(math::mul_int(fraction, amount)?)
}

pub fn slash(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    validator: &str,
    fraction: Decimal,
    infraction_height: u64,
) -> AnyResult<Event> {
    if fraction > Decimal::one() {
        return Err(LsmError::InvalidSlashFraction { fraction }.into());
    }
    if infraction_height > ctx.block().height {
        return Err(LsmError::FutureInfraction {
            infraction_height,
            height: ctx.block().height,
        }
        .into());
    }
    let params = load_params(storage)?;
    let tokens_before = load_validator(storage, validator)?.tokens;
    let factor = Decimal256::from(fraction);
    let now = ctx.block().time;
    let scan = infraction_height < ctx.block().height;

    let mut unbondings = if scan {
        entries_from(&UNBONDING, storage, validator)?
    } else {
        vec![]
    };
    let redelegations = if scan {
        entries_from(&REDELEGATIONS, storage, validator)?
    } else {
        vec![]
    };
    let mut power = tokens_before;
    for (_, entries) in &unbondings {
        for e in entries
            .iter()
            .filter(|e| eligible(e.creation_height, e.completion_time, infraction_height, now))
        {
            power += e.initial_balance;
        }
    }
    for (_, entries) in &redelegations {
        for e in entries
            .iter()
            .filter(|e| eligible(e.creation_height, e.completion_time, infraction_height, now))
        {
            power += e.initial_balance;
        }
    }
    let mut remaining = part(factor, power)?;
    let mut burned = Uint128::zero();

    for (key, entries) in unbondings.iter_mut() {
        for e in entries.iter_mut() {
            if !eligible(e.creation_height, e.completion_time, infraction_height, now) {
                continue;
            }
            let amount = part(factor, e.initial_balance)?;
            remaining = remaining.saturating_sub(amount);
            let taken = amount.min(e.balance);
            e.balance -= taken;
            burned += taken;
        }
        UNBONDING.save(storage, &[&key[0], &key[1]], entries)?;
    }
    for (key, entries) in &redelegations {
        let delegator = Addr::unchecked(&key[0]);
        let dst = key[2].as_str();
        for e in entries {
            if !eligible(e.creation_height, e.completion_time, infraction_height, now) {
                continue;
            }
            let amount = part(factor, e.initial_balance)?;
            remaining = remaining.saturating_sub(amount);
            burned += slash_redelegated(
                ctx,
                storage,
                &params,
                &delegator,
                dst,
                factor,
                e.shares_dst,
                amount,
            )?;
        }
    }

    let mut val = load_validator(storage, validator)?;
    let to_burn = remaining.min(val.tokens);
    if !to_burn.is_zero() {
        rewards::accrue(&params, &mut val, now)?;
        let liquid_before = math::truncate_int(val.tokens_from_shares(val.liquid_shares)?)?;
        val.tokens -= to_burn;
        let liquid_after = math::truncate_int(val.tokens_from_shares(val.liquid_shares)?)?;
        save_validator(storage, &val)?;
        caps::decrease_total(storage, liquid_before - liquid_after)?;
        burned += to_burn;
    }
    ctx.burn(storage, &ctx.pool()?, Coin::new(burned, &params.bond_denom))?;
    Ok(Event::new("slash")
        .add_attribute("address", validator)
        .add_attribute("fraction", fraction.to_string())
        .add_attribute("infraction_height", infraction_height.to_string())
        .add_attribute("burned_validator", to_burn.to_string())
        .add_attribute("burned_total", burned.to_string()))
}

/// `SlashRedelegation` for one entry: unbonds `factor` of the shares it created at the
/// destination; returns the tokens to burn.
#[allow(clippy::too_many_arguments)]
fn slash_redelegated(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    params: &LsmParams,
    delegator: &Addr,
    dst: &str,
    factor: Decimal256,
    shares_dst: Decimal256,
    amount: Uint128,
) -> AnyResult<Uint128> {
    let shares = math::mul(factor, shares_dst)?;
    if shares.is_zero() || amount.is_zero() {
        return Ok(Uint128::zero());
    }
    let Ok(delegation) = load_delegation(storage, delegator, dst) else {
        return Ok(Uint128::zero());
    };
    let shares = shares.min(delegation.shares);
    let tokens = unbond(ctx, storage, delegator, dst, shares)?;
    if ctx.is_liquid_staker(storage, params, delegator) {
        // The chain logs these failures and goes on.
        let _ = caps::decrease_total(storage, tokens);
        let _ = caps::decrease_validator(storage, dst, shares);
    }
    Ok(tokens)
}

/// Jails or unjails the validator; accrual runs up to `now` first, so that a jailed
/// validator earns nothing from then on.
pub fn set_jailed(
    storage: &mut dyn Storage,
    validator: &str,
    jailed: bool,
    now: Timestamp,
) -> AnyResult<()> {
    let params = load_params(storage)?;
    let mut val = load_validator(storage, validator)?;
    if val.jailed == jailed {
        let validator = validator.to_string();
        return Err(if jailed {
            LsmError::ValidatorJailed { validator }
        } else {
            LsmError::ValidatorNotJailed { validator }
        }
        .into());
    }
    rewards::accrue(&params, &mut val, now)?;
    val.jailed = jailed;
    Ok(save_validator(storage, &val)?)
}

/// Caps are fractions of stake: at most 100%.
pub fn check_caps(global: Decimal, validator: Decimal) -> Result<(), LsmError> {
    for cap in [global, validator] {
        if cap > Decimal::one() {
            return Err(LsmError::InvalidCap { cap });
        }
    }
    Ok(())
}

pub fn set_caps(storage: &mut dyn Storage, global: Decimal, validator: Decimal) -> AnyResult<()> {
    check_caps(global, validator)?;
    let mut params = load_params(storage)?;
    params.global_liquid_staking_cap = global;
    params.validator_liquid_staking_cap = validator;
    Ok(super::state::PARAMS.save(storage, &params)?)
}

/// The entries of a delegator-first map (unbondings, redelegations) whose second key
/// part is `validator`, with their keys.
fn entries_from<T: Serialize + DeserializeOwned>(
    map: &Map<T>,
    storage: &dyn Storage,
    validator: &str,
) -> StdResult<Vec<(Vec<String>, T)>> {
    Ok(map
        .range(storage, &[])?
        .into_iter()
        .filter(|(key, _)| key[1] == validator)
        .collect())
}
