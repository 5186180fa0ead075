//! The share ledger: every change to `SHARES` and `TOTAL_SHARES` goes through here, and
//! each function checks everything before it writes, so a failed call changes nothing.
//! No function iterates over holders: gas does not grow with their number.

use cosmwasm_std::{attr, Addr, Attribute, Decimal256, StdResult, Storage, Uint128};
use faro_cw20::{Debit, Ledger};
use faro_types::amounts::{amount_of, set_amount};

use crate::error::ContractError;
use crate::math;
use crate::state::{INDEX, SHARES, TOTAL_SHARES};

pub fn shares_of(storage: &dyn Storage, holder: &Addr) -> StdResult<Uint128> {
    amount_of(&SHARES, storage, holder)
}

fn save_shares(storage: &mut dyn Storage, holder: &Addr, shares: Uint128) -> StdResult<()> {
    set_amount(&SHARES, storage, holder, shares)
}

/// The heavy LST's balances as the shared cw20 flows move them: debiting `amount` takes
/// `⌈amount ÷ index⌉` shares (at least one for any positive amount), so the recipient's
/// balance grows by at least `amount`. The receipt reports the shares and the index.
pub struct Shares;

impl Ledger for Shares {
    type Error = ContractError;

    fn debit(storage: &mut dyn Storage, debit: Debit) -> Result<Vec<Attribute>, ContractError> {
        let Debit { owner, to, amount } = debit;
        let index = INDEX.load(storage)?;
        let shares = math::shares_to_debit(amount, index)?;
        match to {
            Some(to) => move_shares(storage, owner, to, shares)?,
            None => burn(storage, owner, shares)?,
        }
        Ok(vec![
            attr("shares", shares),
            attr("index", index.to_string()),
        ])
    }
}

fn checked_debit(
    storage: &dyn Storage,
    holder: &Addr,
    shares: Uint128,
) -> Result<Uint128, ContractError> {
    let available = shares_of(storage, holder)?;
    if available < shares {
        return Err(ContractError::InsufficientShares {
            available,
            needed: shares,
        });
    }
    Ok(available - shares)
}

/// Moves `shares` from `from` to `to`, both whole: the recipient gains exactly what the
/// sender loses.
pub fn move_shares(
    storage: &mut dyn Storage,
    from: &Addr,
    to: &Addr,
    shares: Uint128,
) -> Result<(), ContractError> {
    let from_left = checked_debit(storage, from, shares)?;
    save_shares(storage, from, from_left)?;
    // Cannot overflow: the recipient's shares plus the moved ones are part of the total.
    let to_now = shares_of(storage, to)?.checked_add(shares)?;
    save_shares(storage, to, to_now)?;
    Ok(())
}

/// Creates `shares` for `holder`, refusing a total whose supply would not fit a cw20 amount.
pub fn mint(
    storage: &mut dyn Storage,
    holder: &Addr,
    shares: Uint128,
    index: Decimal256,
) -> Result<(), ContractError> {
    let total = TOTAL_SHARES.load(storage)?.checked_add(shares)?;
    math::supply(total, index)?;
    // Cannot overflow: the holder's shares are part of the total.
    let held = shares_of(storage, holder)?.checked_add(shares)?;
    TOTAL_SHARES.save(storage, &total)?;
    save_shares(storage, holder, held)?;
    Ok(())
}

/// Destroys `shares` of `holder`.
pub fn burn(
    storage: &mut dyn Storage,
    holder: &Addr,
    shares: Uint128,
) -> Result<(), ContractError> {
    let held = checked_debit(storage, holder, shares)?;
    let total = TOTAL_SHARES.load(storage)?.checked_sub(shares)?;
    save_shares(storage, holder, held)?;
    TOTAL_SHARES.save(storage, &total)?;
    Ok(())
}
