//! Stake records and the active set. A record's status and its place in `ACTIVE` change
//! only here, and always together: a record is `Active` exactly while its address is in
//! `ACTIVE`, and it leaves the set only into the exit queue or, with no stake left, out of
//! the pool.

use cosmwasm_std::{
    Addr, Decimal256, OverflowError, OverflowOperation, Storage, Timestamp, Uint128, Uint256,
};
use faro_types::prover_pool::{
    Assignment, Config, Prover, ProverStatus, ACTIVE_SET_SIZE, EXIT_DELAY,
};

use crate::error::ContractError;
use crate::math::{self, MathError};
use crate::state::{Pool, ACTIVE, PROVERS};

pub fn load(storage: &dyn Storage, address: &Addr) -> Result<Prover, ContractError> {
    PROVERS
        .may_load(storage, address)?
        .ok_or_else(|| ContractError::UnknownProver {
            address: address.clone(),
        })
}

/// The record of `address`, which must be active.
pub fn load_active(storage: &dyn Storage, address: &Addr) -> Result<Prover, ContractError> {
    let prover = load(storage, address)?;
    if prover.status != ProverStatus::Active {
        return Err(ContractError::ProverExiting {
            address: address.clone(),
        });
    }
    Ok(prover)
}

/// Capacity left: `capacity − in_flight`, at least zero.
pub fn available(prover: &Prover) -> u32 {
    prover.capacity.saturating_sub(prover.in_flight)
}

/// The prover's weight in selection at `fee_per_gas`: zero unless it is active with
/// capacity left.
pub fn weight(prover: &Prover, fee_per_gas: Decimal256) -> Result<Uint256, MathError> {
    if prover.status != ProverStatus::Active || available(prover) == 0 {
        return Ok(Uint256::zero());
    }
    let clamped = math::clamp_reward(prover.reward_per_gas, fee_per_gas)?;
    math::weight(prover.stake, fee_per_gas, clamped)
}

/// The active records, in the set's order. At most `ACTIVE_SET_SIZE` reads.
pub fn active(storage: &dyn Storage) -> Result<Vec<Prover>, ContractError> {
    ACTIVE
        .may_load(storage)?
        .unwrap_or_default()
        .iter()
        .map(|address| load(storage, address))
        .collect()
}

/// Saves a new record into the active set. While the set is full the newcomer must hold
/// more stake than the smallest active prover, which then moves to the exit queue (among
/// equals, the latest to join); it is returned.
pub fn join(
    storage: &mut dyn Storage,
    prover: &Prover,
    now: Timestamp,
) -> Result<Option<Prover>, ContractError> {
    let mut set = ACTIVE.may_load(storage)?.unwrap_or_default();
    let mut evicted = None;
    if set.len() >= ACTIVE_SET_SIZE as usize {
        let mut smallest: Option<Prover> = None;
        for address in &set {
            let member = load(storage, address)?;
            if smallest.as_ref().is_none_or(|s| member.stake <= s.stake) {
                smallest = Some(member);
            }
        }
        if let Some(mut smallest) = smallest {
            if prover.stake <= smallest.stake {
                return Err(ContractError::StakeTooSmallForSet {
                    smallest: smallest.stake,
                });
            }
            set.retain(|address| *address != smallest.address);
            smallest.status = exiting(now);
            PROVERS.save(storage, &smallest.address, &smallest)?;
            evicted = Some(smallest);
        }
    }
    set.push(prover.address.clone());
    ACTIVE.save(storage, &set)?;
    PROVERS.save(storage, &prover.address, prover)?;
    Ok(evicted)
}

/// Takes the prover out of the active set into the exit queue (an exiting one keeps its
/// unlock time) and saves it, or removes it if it has no stake left.
pub fn leave(
    storage: &mut dyn Storage,
    prover: &mut Prover,
    now: Timestamp,
) -> Result<(), ContractError> {
    if prover.status == ProverStatus::Active {
        let mut set = ACTIVE.load(storage)?;
        set.retain(|address| *address != prover.address);
        ACTIVE.save(storage, &set)?;
        prover.status = exiting(now);
    }
    if prover.stake.is_zero() {
        PROVERS.remove(storage, &prover.address);
    } else {
        PROVERS.save(storage, &prover.address, prover)?;
    }
    Ok(())
}

fn exiting(now: Timestamp) -> ProverStatus {
    ProverStatus::Exiting {
        unlock_at: now.plus_seconds(EXIT_DELAY),
    }
}

/// A block assigned to `assignment` settles: the prover gets its capacity unit back and,
/// when `late_reward` is given, is slashed for missing the block of that reward. Returns
/// the stake slashed. A prover left with no stake, or with less than its capacity needs,
/// leaves the active set. A record that is gone (slashed to zero; withdrawal waits for
/// its blocks) or was replaced by a later one of the same address is not touched: it has
/// no stake left to answer with.
pub fn release(
    storage: &mut dyn Storage,
    config: &Config,
    pool: &mut Pool,
    assignment: &Assignment,
    late_reward: Option<Uint128>,
    now: Timestamp,
) -> Result<Uint128, ContractError> {
    let Some(mut prover) = PROVERS.may_load(storage, &assignment.prover)? else {
        return Ok(Uint128::zero());
    };
    if prover.record != assignment.record {
        return Ok(Uint128::zero());
    }
    prover.in_flight = prover
        .in_flight
        .checked_sub(1)
        .ok_or_else(|| OverflowError::new(OverflowOperation::Sub))?;
    let Some(reward) = late_reward else {
        PROVERS.save(storage, &prover.address, &prover)?;
        return Ok(Uint128::zero());
    };
    let slashed = math::slash(
        prover.stake,
        config.slash_fraction,
        config.slash_reward_multiple,
        reward,
    );
    prover.stake = prover.stake.checked_sub(slashed)?;
    pool.total_stake = pool.total_stake.checked_sub(slashed)?;
    let minimum = math::min_stake(prover.capacity, config.min_stake_per_capacity)?;
    if prover.stake < minimum || prover.stake.is_zero() {
        leave(storage, &mut prover, now)?;
    } else {
        PROVERS.save(storage, &prover.address, &prover)?;
    }
    Ok(slashed)
}
