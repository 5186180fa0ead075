//! Voting power: staked FRO, read at a height from the snapshots.
//!
//! The power "at height h" is the stake held when block h began: changes made during
//! block h count from h + 1 on.

use cosmwasm_std::{Addr, StdResult, Storage, Uint128};

use crate::error::ContractError;
use crate::state::{STAKED, TOTAL_STAKED};

/// The most FRO that can be staked in total: cw3 counts weights in `u64`.
pub const STAKE_CAP: Uint128 = Uint128::new(u64::MAX as u128);

/// A staked amount as a cw3 weight. Staking keeps the total within [`STAKE_CAP`], so
/// this never saturates.
pub fn weight(amount: Uint128) -> u64 {
    u64::try_from(amount.u128()).unwrap_or(u64::MAX)
}

pub fn staked(storage: &dyn Storage, addr: &Addr) -> StdResult<Uint128> {
    Ok(STAKED.may_load(storage, addr)?.unwrap_or_default())
}

pub fn total_staked(storage: &dyn Storage) -> StdResult<Uint128> {
    Ok(TOTAL_STAKED.may_load(storage)?.unwrap_or_default())
}

pub fn power_at(storage: &dyn Storage, addr: &Addr, height: u64) -> StdResult<u64> {
    let staked = STAKED.may_load_at_height(storage, addr, height)?;
    Ok(weight(staked.unwrap_or_default()))
}

pub fn total_power_at(storage: &dyn Storage, height: u64) -> StdResult<u64> {
    let total = TOTAL_STAKED.may_load_at_height(storage, height)?;
    Ok(weight(total.unwrap_or_default()))
}

/// Adds `amount` to `addr`'s stake; returns its new stake.
pub fn stake(
    storage: &mut dyn Storage,
    addr: &Addr,
    amount: Uint128,
    height: u64,
) -> Result<Uint128, ContractError> {
    let total = total_staked(storage)?.checked_add(amount)?;
    if total > STAKE_CAP {
        return Err(ContractError::StakeCapExceeded {
            amount,
            cap: STAKE_CAP,
        });
    }
    let staked = staked(storage, addr)?.checked_add(amount)?;
    STAKED.save(storage, addr, &staked, height)?;
    TOTAL_STAKED.save(storage, &total, height)?;
    Ok(staked)
}

/// Takes `amount` from `addr`'s stake; returns what it has left.
pub fn unstake(
    storage: &mut dyn Storage,
    addr: &Addr,
    amount: Uint128,
    height: u64,
) -> Result<Uint128, ContractError> {
    let staked = staked(storage, addr)?;
    let left = staked
        .checked_sub(amount)
        .map_err(|_| ContractError::InsufficientStake { amount, staked })?;
    if left.is_zero() {
        STAKED.remove(storage, addr, height)?;
    } else {
        STAKED.save(storage, addr, &left, height)?;
    }
    let total = total_staked(storage)?.checked_sub(amount)?;
    TOTAL_STAKED.save(storage, &total, height)?;
    Ok(left)
}
