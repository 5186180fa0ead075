//! The unit ledger. Every change to `ACCOUNTS` and `POOL` goes through here; each function
//! computes and checks everything before it writes, so a refusal changes nothing, and
//! none iterates over holders.
//!
//! Why the coins always cover every balance. Write `T` for the total units, `I` for the
//! reward index, `uᵢ` and `Iᵢ` for an account's units and the index it last settled at,
//! and `U` for `Pool::unsettled`. Then
//!
//! - a distribution raises `I` by `Δ = ⌊rest ÷ T⌋` and adds `Δ × T` to `U`, exactly;
//!   `rest − Δ × T` (less than `T × 10⁻¹⁸` coins) stays in the contract, owned by no one;
//! - settling an account adds `pᵢ = ⌊uᵢ × (I − Iᵢ)⌋` to `uᵢ` and to `T`, takes exactly
//!   `pᵢ` from `U`, and sets `Iᵢ = I`;
//! - every other change of units (deposit, withdrawal, transfer, burn) happens to settled
//!   accounts, whose `I − Iᵢ` is zero, and moves `T` by the same amount.
//!
//! So `Σ uᵢ = T` and `U = Σ uᵢ × (I − Iᵢ) + (the fractions settlements floored away)`:
//! `U` is never less than what any set of settlements will take (the subtraction is
//! checked all the same), and the coins held are `T + U + undistributed + dust`, with
//! `Σ (uᵢ + pᵢ) ≤ T + ⌊U⌋`.

use cosmwasm_std::{attr, Addr, Attribute, StdResult, Storage, Uint128};
use faro_cw20::{Debit, Ledger};
use faro_types::light_lst::Holding;

use crate::error::ContractError;
use crate::math;
use crate::state::{Account, Pool, ACCOUNTS, POOL};

pub fn account(storage: &dyn Storage, holder: &Addr) -> StdResult<Account> {
    Ok(ACCOUNTS.may_load(storage, holder)?.unwrap_or_default())
}

fn save_account(storage: &mut dyn Storage, holder: &Addr, account: &Account) -> StdResult<()> {
    if account.units.is_zero() {
        ACCOUNTS.remove(storage, holder);
        Ok(())
    } else {
        ACCOUNTS.save(storage, holder, account)
    }
}

/// The account's units and the rewards it would settle now.
pub fn holding(pool: &Pool, account: &Account) -> StdResult<Holding> {
    Ok(Holding {
        units: account.units,
        pending: math::pending(account.units, account.index, pool.reward_index)?,
    })
}

/// Turns the account's pending rewards into units, in memory; answers with them.
fn settle(pool: &mut Pool, account: &mut Account) -> Result<Uint128, ContractError> {
    let pending = holding(pool, account)?.pending;
    account.units = account.units.checked_add(pending)?;
    account.index = pool.reward_index;
    pool.total_units = pool.total_units.checked_add(pending)?;
    pool.unsettled = pool.unsettled.checked_sub(math::whole(pending)?)?;
    Ok(pending)
}

/// `holder`'s settled account, with the pool's books moved accordingly (in memory).
fn settled(
    storage: &dyn Storage,
    pool: &mut Pool,
    holder: &Addr,
) -> Result<(Account, Uint128), ContractError> {
    let mut held = account(storage, holder)?;
    let pending = settle(pool, &mut held)?;
    Ok((held, pending))
}

fn take(account: &mut Account, amount: Uint128) -> Result<(), ContractError> {
    if account.units < amount {
        return Err(ContractError::InsufficientBalance {
            available: account.units,
            needed: amount,
        });
    }
    account.units -= amount;
    Ok(())
}

/// Credits `amount` units to `holder` for as many coins; answers with the rewards settled.
pub fn deposit(
    storage: &mut dyn Storage,
    holder: &Addr,
    amount: Uint128,
) -> Result<Uint128, ContractError> {
    change_units(storage, holder, |held, pool| {
        held.units = held.units.checked_add(amount)?;
        pool.total_units = pool.total_units.checked_add(amount)?;
        Ok(())
    })
}

/// Takes `amount` units from `holder`, to be paid out in coins; answers with the rewards
/// settled.
pub fn withdraw(
    storage: &mut dyn Storage,
    holder: &Addr,
    amount: Uint128,
) -> Result<Uint128, ContractError> {
    change_units(storage, holder, |held, pool| {
        take(held, amount)?;
        pool.total_units = pool.total_units.checked_sub(amount)?;
        Ok(())
    })
}

/// Settles `holder`, applies `change` to its account and the pool, and saves both;
/// answers with the rewards settled.
fn change_units(
    storage: &mut dyn Storage,
    holder: &Addr,
    change: impl FnOnce(&mut Account, &mut Pool) -> Result<(), ContractError>,
) -> Result<Uint128, ContractError> {
    let mut pool = POOL.load(storage)?;
    let (mut held, settled) = settled(storage, &mut pool, holder)?;
    change(&mut held, &mut pool)?;
    save_account(storage, holder, &held)?;
    POOL.save(storage, &pool)?;
    Ok(settled)
}

/// Spreads `amount` coins and whatever waits in `undistributed` over the units, in memory;
/// with no units, it all waits.
pub fn distribute(pool: &mut Pool, amount: Uint128) -> Result<(), ContractError> {
    let rest = pool.undistributed.checked_add(amount)?;
    if pool.total_units.is_zero() {
        pool.undistributed = rest;
        return Ok(());
    }
    let raise = math::index_raise(rest, pool.total_units)?;
    pool.reward_index = pool.reward_index.checked_add(raise)?;
    pool.unsettled = pool
        .unsettled
        .checked_add(math::exact(pool.total_units, raise)?)?;
    pool.undistributed = Uint128::zero();
    Ok(())
}

/// The light LST's balances as the shared cw20 flows move them: both accounts are settled
/// first, so every amount moves units one for one. Burnt units leave their coins to the
/// remaining holders, without commission (to `undistributed` if none remain).
pub struct Units;

impl Ledger for Units {
    type Error = ContractError;

    fn debit(storage: &mut dyn Storage, debit: Debit) -> Result<Vec<Attribute>, ContractError> {
        let Debit { owner, to, amount } = debit;
        let mut pool = POOL.load(storage)?;
        let (mut from, _) = settled(storage, &mut pool, owner)?;
        take(&mut from, amount)?;
        match to {
            Some(to) if to == owner => from.units += amount,
            Some(to) => {
                let (mut into, _) = settled(storage, &mut pool, to)?;
                into.units = into.units.checked_add(amount)?;
                save_account(storage, to, &into)?;
            }
            None => {
                pool.total_units = pool.total_units.checked_sub(amount)?;
                distribute(&mut pool, amount)?;
            }
        }
        save_account(storage, owner, &from)?;
        POOL.save(storage, &pool)?;
        Ok(vec![attr("reward_index", pool.reward_index.to_string())])
    }
}
