//! `CosmosMsg::Staking`: delegate, undelegate and redelegate, as the LSM fork's
//! `x/staking/keeper/msg_server.go`, plus the model's jailing rule.

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Coin, Event, Storage};
use cw_multi_test::AppResponse;

use super::caps;
use super::error::LsmError;
use super::keeper::{bond, event_response, unbond, validate_unbond_amount, Ctx};
use super::state::{
    has_receiving_redelegation, load_delegation, load_params, load_validator, LsmParams,
    RedelegationEntry, UnbondingEntry, REDELEGATIONS, UNBONDING,
};

fn positive(amount: &Coin, reason: &str) -> Result<(), LsmError> {
    if amount.amount.is_zero() {
        return Err(LsmError::InvalidRequest {
            reason: reason.to_string(),
        });
    }
    Ok(())
}

fn bond_denom(params: &LsmParams, amount: &Coin) -> Result<(), LsmError> {
    if amount.denom != params.bond_denom {
        return Err(LsmError::InvalidDenom {
            got: amount.denom.clone(),
            expected: params.bond_denom.clone(),
        });
    }
    Ok(())
}

fn not_jailed(storage: &dyn Storage, validator: &str) -> Result<(), LsmError> {
    if load_validator(storage, validator)?.jailed {
        return Err(LsmError::ValidatorJailed {
            validator: validator.to_string(),
        });
    }
    Ok(())
}

/// A `CosmosMsg::Staking` about to act on the chain: the router context, the storage
/// and the delegator who sent it.
pub struct StakingCall<'a>(pub &'a Ctx<'a>, pub &'a mut dyn Storage, pub &'a Addr);

impl StakingCall<'_> {
    pub fn delegate(self, validator: &str, amount: Coin) -> AnyResult<AppResponse> {
        let StakingCall(ctx, storage, delegator) = self;
        positive(&amount, "invalid delegation amount")?;
        let params = load_params(storage)?;
        let val = load_validator(storage, validator)?;
        bond_denom(&params, &amount)?;
        not_jailed(storage, validator)?;
        if ctx.is_liquid_staker(storage, &params, delegator) {
            let shares = val.shares_from_tokens(amount.amount)?;
            caps::increase_total(storage, &params, amount.amount, false)?;
            caps::increase_validator(storage, &params, validator, shares, false)?;
        }
        ctx.send(storage, delegator, &ctx.pool()?, amount.clone())?;
        let new_shares = bond(ctx, storage, delegator, validator, amount.amount)?;
        let event = pair_event("delegate", delegator, validator)
            .add_attribute("amount", amount.to_string())
            .add_attribute("new_shares", new_shares.to_string());
        Ok(event_response(event))
    }

    pub fn undelegate(self, validator: &str, amount: Coin) -> AnyResult<AppResponse> {
        let StakingCall(ctx, storage, delegator) = self;
        positive(&amount, "invalid shares amount")?;
        let params = load_params(storage)?;
        let shares = validate_unbond_amount(storage, delegator, validator, amount.amount)?;
        if ctx.is_liquid_staker(storage, &params, delegator) {
            caps::decrease_total(storage, amount.amount)?;
            caps::decrease_validator(storage, validator, shares)?;
        }
        bond_denom(&params, &amount)?;

        let key = [delegator.as_str(), validator];
        let mut entries = UNBONDING.may_load(storage, &key)?.unwrap_or_default();
        if entries.len() >= params.max_entries as usize {
            return Err(LsmError::MaxUnbondingEntries {
                delegator: delegator.to_string(),
                validator: validator.to_string(),
            }
            .into());
        }
        let returned = unbond(ctx, storage, delegator, validator, shares)?;
        let completion_time = ctx.block().time.plus_seconds(params.unbonding_time);
        // Entries of the same height and completion time merge (UnbondingDelegation.AddEntry).
        match entries.iter_mut().find(|e| {
            e.creation_height == ctx.block().height && e.completion_time == completion_time
        }) {
            Some(entry) => {
                entry.initial_balance += returned;
                entry.balance += returned;
            }
            None => entries.push(UnbondingEntry {
                creation_height: ctx.block().height,
                completion_time,
                initial_balance: returned,
                balance: returned,
            }),
        }
        UNBONDING.save(storage, &key, &entries)?;
        let returned = Coin::new(returned, &params.bond_denom);
        let event = pair_event("unbond", delegator, validator)
            .add_attribute("amount", returned.to_string())
            .add_attribute("completion_time", completion_time.seconds().to_string());
        Ok(event_response(event))
    }

    pub fn redelegate(self, src: &str, dst: &str, amount: Coin) -> AnyResult<AppResponse> {
        let StakingCall(ctx, storage, delegator) = self;
        load_validator(storage, src)?;
        let dst_val = load_validator(storage, dst)?;
        positive(&amount, "invalid shares amount")?;
        load_delegation(storage, delegator, src)?;
        if src == dst {
            return Err(LsmError::SelfRedelegation.into());
        }
        not_jailed(storage, dst)?;
        let params = load_params(storage)?;
        let src_shares = validate_unbond_amount(storage, delegator, src, amount.amount)?;
        if ctx.is_liquid_staker(storage, &params, delegator) {
            let dst_shares = dst_val.shares_from_tokens_truncated(amount.amount)?;
            caps::increase_validator(storage, &params, dst, dst_shares, false)?;
            caps::decrease_validator(storage, src, src_shares)?;
        }
        bond_denom(&params, &amount)?;

        if has_receiving_redelegation(storage, delegator, src)? {
            return Err(LsmError::TransitiveRedelegation.into());
        }
        let key = [delegator.as_str(), src, dst];
        let mut entries = REDELEGATIONS.may_load(storage, &key)?.unwrap_or_default();
        if entries.len() >= params.max_entries as usize {
            return Err(LsmError::MaxRedelegationEntries {
                delegator: delegator.to_string(),
                src: src.to_string(),
                dst: dst.to_string(),
            }
            .into());
        }
        let returned = unbond(ctx, storage, delegator, src, src_shares)?;
        if returned.is_zero() {
            return Err(LsmError::TinyRedelegationAmount.into());
        }
        let shares_dst = bond(ctx, storage, delegator, dst, returned)?;
        let completion_time = ctx.block().time.plus_seconds(params.unbonding_time);
        entries.push(RedelegationEntry {
            creation_height: ctx.block().height,
            completion_time,
            initial_balance: returned,
            shares_dst,
        });
        REDELEGATIONS.save(storage, &key, &entries)?;
        let event = Event::new("redelegate")
            .add_attribute("source_validator", src)
            .add_attribute("destination_validator", dst)
            .add_attribute("delegator", delegator)
            .add_attribute("amount", amount.to_string())
            .add_attribute("completion_time", completion_time.seconds().to_string());
        Ok(event_response(event))
    }
}

/// An event about one delegator–validator pair, its first attributes naming them.
fn pair_event(kind: &str, delegator: &Addr, validator: &str) -> Event {
    Event::new(kind)
        .add_attribute("validator", validator)
        .add_attribute("delegator", delegator)
}
