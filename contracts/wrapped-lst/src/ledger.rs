//! Minting and burning wstTOKEN against heavy shares, written straight into cw20-base's
//! `TOKEN_INFO` and `BALANCES` (the token has no cw20 minter: nobody may call `Mint`).
//!
//! cw20-base's `total_supply` is also the number of heavy shares the wrapper accounts
//! for: raised by each wrap, lowered by each unwrap and by cw20 `Burn`/`BurnFrom`. The
//! wrapper may own more shares than this (transferred without wrapping, or left behind by
//! burnt wstTOKEN): that surplus belongs to no one and never moves a rate.
//!
//! Each function checks everything before it writes, so a failed call changes nothing.

use cosmwasm_std::{Addr, StdResult, Storage, Uint128};
use cw20_base::state::{BALANCES, TOKEN_INFO};
use faro_types::amounts::amount_of;

use crate::error::ContractError;

/// The wstTOKEN supply, which is the accounted heavy shares.
pub fn accounted_shares(storage: &dyn Storage) -> StdResult<Uint128> {
    Ok(TOKEN_INFO.load(storage)?.total_supply)
}

/// Refuses a zero amount.
pub fn non_zero(amount: Uint128) -> Result<Uint128, ContractError> {
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    Ok(amount)
}

fn balance_of(storage: &dyn Storage, holder: &Addr) -> StdResult<Uint128> {
    amount_of(&BALANCES, storage, holder)
}

/// Issues `amount` wstTOKEN to `holder` against as many newly accounted shares.
pub fn mint(
    storage: &mut dyn Storage,
    holder: &Addr,
    amount: Uint128,
) -> Result<(), ContractError> {
    let mut token = TOKEN_INFO.load(storage)?;
    token.total_supply = token.total_supply.checked_add(amount)?;
    let balance = balance_of(storage, holder)?.checked_add(amount)?;
    TOKEN_INFO.save(storage, &token)?;
    BALANCES.save(storage, holder, &balance)?;
    Ok(())
}

/// Destroys `amount` wstTOKEN of `holder` and stops accounting as many shares. Like
/// cw20-base, keeps an emptied account with a zero balance.
pub fn burn(
    storage: &mut dyn Storage,
    holder: &Addr,
    amount: Uint128,
) -> Result<(), ContractError> {
    let available = balance_of(storage, holder)?;
    if available < amount {
        return Err(ContractError::InsufficientBalance {
            available,
            needed: amount,
        });
    }
    let mut token = TOKEN_INFO.load(storage)?;
    token.total_supply = token.total_supply.checked_sub(amount)?;
    BALANCES.save(storage, holder, &(available - amount))?;
    TOKEN_INFO.save(storage, &token)?;
    Ok(())
}
