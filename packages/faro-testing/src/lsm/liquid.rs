//! Tokenizing a delegation into share tokens and redeeming them, as `TokenizeShares` and
//! `RedeemTokensForShares` of the LSM fork's msg server (Gaia's x/liquid is the same
//! code). Share tokens go to the *delegator*; the record's owner only gets its rewards.

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Coin, Event, Storage, Uint128};
use faro_types::liquid::share_denom;

use super::caps;
use super::error::LsmError;
use super::keeper::{bond, record_account, unbond, validate_unbond_amount, Ctx};
use super::math;
use super::state::{
    has_receiving_redelegation, load_delegation, load_params, load_validator, TokenizeShareRecord,
    DELEGATIONS, LAST_RECORD_ID, RECORDS, RECORD_BY_DENOM, WITHDRAW_ADDRESSES,
};

pub struct Tokenized {
    pub share_tokens: Coin,
    pub event: Event,
}

pub struct Redeemed {
    pub tokens: Coin,
    pub event: Event,
}

pub fn tokenize(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    delegator: &Addr,
    validator: &str,
    amount: Coin,
    owner: &Addr,
) -> AnyResult<Tokenized> {
    let params = load_params(storage)?;
    let val = load_validator(storage, validator)?;
    if amount.amount.is_zero() {
        return Err(LsmError::InvalidRequest {
            reason: "invalid shares amount".to_string(),
        }
        .into());
    }
    if val.jailed {
        return Err(LsmError::ValidatorJailed {
            validator: validator.to_string(),
        }
        .into());
    }
    load_delegation(storage, delegator, validator)?;
    if amount.denom != params.bond_denom {
        return Err(LsmError::OnlyBondDenomForTokenize {
            denom: amount.denom,
        }
        .into());
    }
    let shares = validate_unbond_amount(storage, delegator, validator, amount.amount)?;
    if shares.is_zero() {
        return Err(LsmError::InsufficientShares.into());
    }
    if has_receiving_redelegation(storage, delegator, validator)? {
        return Err(LsmError::RedelegationInProgress.into());
    }
    // Stake a liquid staker holds is liquid already: it is not counted twice.
    if !ctx.is_liquid_staker(storage, &params, delegator) {
        caps::increase_total(storage, &params, amount.amount, true)?;
        caps::increase_validator(storage, &params, validator, shares, true)?;
    }

    let record_id = LAST_RECORD_ID.may_load(storage)?.unwrap_or_default() + 1;
    LAST_RECORD_ID.save(storage, &record_id)?;
    let returned = unbond(ctx, storage, delegator, validator, shares)?;
    // The chain converts at the validator as it was before the unbond.
    let share_amount = math::truncate_int(val.shares_from_tokens(returned)?)?;
    if share_amount.is_zero() {
        return Err(LsmError::TinyTokenizeAmount.into());
    }
    let denom = share_denom(validator, record_id);
    let share_tokens = Coin::new(share_amount, &denom);
    ctx.mint(storage, delegator, share_tokens.clone())?;

    let record = TokenizeShareRecord {
        id: record_id,
        owner: owner.clone(),
        module_account: record_account(ctx.api(), record_id)?,
        validator: validator.to_string(),
    };
    RECORDS.save(storage, &[&record_id.to_string()], &record)?;
    RECORD_BY_DENOM.save(storage, &[&denom], &record_id)?;
    // The record's rewards go to its owner (on the chain: through the record's
    // module account and MsgWithdrawTokenizeShareRecordReward).
    WITHDRAW_ADDRESSES.save(storage, &[record.module_account.as_str()], owner)?;
    bond(ctx, storage, &record.module_account, validator, returned)?;

    let event = Event::new("tokenize_shares")
        .add_attribute("delegator", delegator)
        .add_attribute("validator", validator)
        .add_attribute("share_owner", owner)
        .add_attribute("share_record_id", record_id.to_string())
        .add_attribute("amount", amount.to_string())
        .add_attribute("tokenized_shares", share_tokens.to_string());
    Ok(Tokenized {
        share_tokens,
        event,
    })
}

pub fn redeem(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    delegator: &Addr,
    amount: Coin,
) -> AnyResult<Redeemed> {
    let params = load_params(storage)?;
    if amount.amount.is_zero() {
        return Err(LsmError::InvalidRequest {
            reason: "invalid shares amount".to_string(),
        }
        .into());
    }
    let balance = ctx.balance(storage, delegator, &amount.denom)?;
    if balance < amount.amount {
        return Err(LsmError::NotEnoughBalance {
            denom: amount.denom,
            balance,
            amount: amount.amount,
        }
        .into());
    }
    let record_id = RECORD_BY_DENOM
        .may_load(storage, &[&amount.denom])?
        .ok_or_else(|| LsmError::TokenizeShareRecordNotExists {
            denom: amount.denom.clone(),
        })?;
    let record = RECORDS
        .may_load(storage, &[&record_id.to_string()])?
        .ok_or_else(|| LsmError::TokenizeShareRecordNotExists {
            denom: amount.denom.clone(),
        })?;
    let validator = record.validator.as_str();
    let val = load_validator(storage, validator)?;
    let delegation = load_delegation(storage, &record.module_account, validator)?;

    // Redeeming every share token takes the record's fractional shares along.
    let shares = if amount.amount == math::truncate_int(delegation.shares)? {
        delegation.shares
    } else {
        math::dec(amount.amount)
    };
    let tokens = math::truncate_int(val.tokens_from_shares(shares)?)?;
    if tokens.is_zero() {
        return Err(LsmError::TinyRedemptionAmount.into());
    }
    if !ctx.is_liquid_staker(storage, &params, delegator) {
        caps::decrease_total(storage, tokens)?;
        caps::decrease_validator(storage, validator, shares)?;
    }

    let returned = unbond(ctx, storage, &record.module_account, validator, shares)?;
    if !DELEGATIONS.has(storage, &[record.module_account.as_str(), validator]) {
        RECORDS.remove(storage, &[&record_id.to_string()]);
        RECORD_BY_DENOM.remove(storage, &[&amount.denom]);
        WITHDRAW_ADDRESSES.remove(storage, &[record.module_account.as_str()]);
    }
    ctx.burn(storage, delegator, amount.clone())?;
    bond(ctx, storage, delegator, validator, returned)?;

    let event = Event::new("redeem_shares")
        .add_attribute("delegator", delegator)
        .add_attribute("validator", validator)
        .add_attribute("amount", amount.to_string());
    Ok(Redeemed {
        tokens: Coin::new(returned, &params.bond_denom),
        event,
    })
}

/// The tokens a share denom's coins are worth now, or `None` for an unknown denom.
pub fn share_value(
    storage: &dyn Storage,
    denom: &str,
    amount: Uint128,
) -> AnyResult<Option<Uint128>> {
    let Some(id) = RECORD_BY_DENOM.may_load(storage, &[denom])? else {
        return Ok(None);
    };
    let Some(record) = RECORDS.may_load(storage, &[&id.to_string()])? else {
        return Ok(None);
    };
    let val = load_validator(storage, &record.validator)?;
    let value = val.tokens_from_shares(math::dec(amount))?;
    Ok(Some(math::truncate_int(value)?))
}

/// Every record, by id.
pub fn records(storage: &dyn Storage) -> AnyResult<Vec<TokenizeShareRecord>> {
    let mut all: Vec<_> = RECORDS
        .range(storage, &[])?
        .into_iter()
        .map(|(_, record)| record)
        .collect();
    all.sort_by_key(|record| record.id);
    Ok(all)
}
