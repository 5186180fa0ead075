//! Where stake goes: new stake follows the registry's weights; unbonding draws on each
//! validator pro rata to what the protocol has delegated to it.

use cosmwasm_std::{coins, Addr, CosmosMsg, QuerierWrapper, StdResult, Storage, Uint128};
use faro_types::hub::Config;
use faro_types::lsm_tokenizer::{Order, Stake, TokenizerContract};
use faro_types::operator_registry::{HeavyWeight, RegistryContract};

use crate::booked;
use crate::error::ContractError;
use crate::math::{split_capped, split_pro_rata, Target};

/// The protocol's delegations, by validator, as the chain reports them now.
pub fn delegations(
    querier: &QuerierWrapper,
    tokenizer: &Addr,
) -> StdResult<Vec<(String, Uint128)>> {
    Ok(querier
        .query_all_delegations(tokenizer)?
        .into_iter()
        .filter(|d| !d.amount.amount.is_zero())
        .map(|d| (d.validator, d.amount.amount))
        .collect())
}

pub fn total(parts: &[(String, Uint128)]) -> Result<Uint128, ContractError> {
    Ok(parts
        .iter()
        .try_fold(Uint128::zero(), |sum, (_, amount)| sum.checked_add(*amount))?)
}

/// The active heavy operators with a weight: at most `MAX_OPERATORS`, one query.
pub fn operators(querier: &QuerierWrapper, config: &Config) -> StdResult<Vec<HeavyWeight>> {
    RegistryContract(config.registry.clone()).heavy_weights(querier)
}

/// New stake split by the operators' weights, each capped at what its partial pool has
/// room for.
pub struct Routed {
    pub stakes: Vec<Stake>,
    /// What the stakes add up to: `amount` unless every operator is full or none is active.
    pub placed: Uint128,
}

/// Routes `amount` by the operators' weights, never past an operator's cap: the room is
/// the cap less what the books hold with it. What finds no room is not placed.
pub fn route(
    storage: &dyn Storage,
    operators: &[HeavyWeight],
    amount: Uint128,
) -> Result<Routed, ContractError> {
    let targets = operators
        .iter()
        .map(|operator| {
            let room = match operator.cap {
                Some(cap) => Some(cap.saturating_sub(booked::of(storage, &operator.valoper)?)),
                None => None,
            };
            Ok(Target {
                valoper: operator.valoper.clone(),
                weight: operator.weight.into(),
                room,
            })
        })
        .collect::<StdResult<Vec<_>>>()?;
    let (parts, unplaced) = split_capped(amount, &targets)?;
    Ok(Routed {
        stakes: stakes(parts),
        placed: amount.checked_sub(unplaced)?,
    })
}

/// Refuses `amount` more stake with `valoper` unless it is an active heavy operator whose
/// cap has room for it.
pub fn ensure_room(
    querier: &QuerierWrapper,
    config: &Config,
    storage: &dyn Storage,
    valoper: &str,
    amount: Uint128,
) -> Result<(), ContractError> {
    let operators = operators(querier, config)?;
    let Some(operator) = operators.iter().find(|o| o.valoper == valoper) else {
        return Err(ContractError::OperatorNotActive {
            valoper: valoper.to_string(),
        });
    };
    let Some(cap) = operator.cap else {
        return Ok(());
    };
    let room = cap.saturating_sub(booked::of(storage, &operator.valoper)?);
    if amount > room {
        return Err(ContractError::OperatorFull {
            valoper: operator.valoper.clone(),
            room,
        });
    }
    Ok(())
}

/// The protocol's delegation to `validator`, as the chain reports it now.
pub fn delegation(
    querier: &QuerierWrapper,
    tokenizer: &Addr,
    validator: &str,
) -> StdResult<Uint128> {
    Ok(delegations(querier, tokenizer)?
        .into_iter()
        .find(|(v, _)| v == validator)
        .map(|(_, amount)| amount)
        .unwrap_or_default())
}

/// `amount` drawn from `delegations` pro rata to their size. Rounding never asks a
/// validator for more than it holds: any excess moves to validators with room.
pub fn pro_rata(
    delegations: &[(String, Uint128)],
    amount: Uint128,
) -> Result<Vec<Stake>, ContractError> {
    let mut parts = split_pro_rata(amount, delegations)?;
    let mut excess = Uint128::zero();
    for ((_, part), (_, held)) in parts.iter_mut().zip(delegations) {
        if *part > *held {
            excess = excess.checked_add(part.checked_sub(*held)?)?;
            *part = *held;
        }
    }
    for ((_, part), (_, held)) in parts.iter_mut().zip(delegations) {
        let room = held.checked_sub(*part)?.min(excess);
        *part = part.checked_add(room)?;
        excess = excess.checked_sub(room)?;
    }
    Ok(stakes(parts))
}

/// Adds `new` stake to `delegations`, validator by validator.
pub fn add(delegations: &mut Vec<(String, Uint128)>, new: &[Stake]) -> Result<(), ContractError> {
    for stake in new {
        match delegations.iter_mut().find(|(v, _)| *v == stake.validator) {
            Some((_, amount)) => *amount = amount.checked_add(stake.amount)?,
            None => delegations.push((stake.validator.clone(), stake.amount)),
        }
    }
    Ok(())
}

fn stakes(parts: Vec<(String, Uint128)>) -> Vec<Stake> {
    parts
        .into_iter()
        .filter(|(_, amount)| !amount.is_zero())
        .map(|(validator, amount)| Stake { validator, amount })
        .collect()
}

/// The tokenizer's order to delegate `delegations`, paid with `funds` of the hub's coins
/// plus any of its own balance the parts need beyond them.
pub fn delegate_msg(
    config: &Config,
    delegations: Vec<Stake>,
    funds: Uint128,
) -> StdResult<CosmosMsg> {
    let funds = if funds.is_zero() {
        vec![]
    } else {
        coins(funds.u128(), &config.denom)
    };
    tokenizer(config).order(&Order::Delegate { delegations }, funds)
}

pub fn tokenizer(config: &Config) -> TokenizerContract {
    TokenizerContract(config.tokenizer.clone())
}
