//! The hub mints, by balance (`Mint`) or by exact shares (`MintShares`), and burns exact
//! shares of its own (`BurnShares`); every holder burns its balance with the cw20 `Burn`.

use cosmwasm_std::{to_json_binary, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;
use faro_types::heavy_lst::SharesResponse;

use super::hub::ensure_hub;
use crate::error::ContractError;
use crate::state::INDEX;
use crate::{ledger, math};

/// Hub only. Creates `⌊amount ÷ index⌋` shares, at least one; answers with them as data.
pub fn mint(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_hub(deps.storage, &info.sender, "mint")?;
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let recipient_addr = deps.api.addr_validate(&recipient)?;
    let index = INDEX.load(deps.storage)?;
    let shares = math::shares_to_mint(amount, index)?;
    if shares.is_zero() {
        return Err(ContractError::RoundsToZeroShares { amount, index });
    }
    ledger::mint(deps.storage, &recipient_addr, shares, index)?;
    Ok(Response::new()
        .set_data(to_json_binary(&SharesResponse { shares })?)
        .add_attribute("action", "mint")
        .add_attribute("to", recipient_addr)
        .add_attribute("amount", amount)
        .add_attribute("shares", shares)
        .add_attribute("index", index.to_string()))
}

/// Hub only. Creates exactly `shares` for `recipient`; `amount` reports what they are worth
/// now.
pub fn mint_shares(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    shares: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_hub(deps.storage, &info.sender, "mint shares")?;
    if shares.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let recipient_addr = deps.api.addr_validate(&recipient)?;
    let index = INDEX.load(deps.storage)?;
    ledger::mint(deps.storage, &recipient_addr, shares, index)?;
    Ok(Response::new()
        .add_attribute("action", "mint_shares")
        .add_attribute("to", recipient_addr)
        .add_attribute("shares", shares)
        .add_attribute("amount", math::balance_of(shares, index)?)
        .add_attribute("index", index.to_string()))
}

/// Hub only. Destroys exactly `shares` of the hub's own shares; `amount` reports what they
/// were worth.
pub fn burn_shares(
    deps: DepsMut,
    info: MessageInfo,
    shares: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_hub(deps.storage, &info.sender, "burn shares")?;
    if shares.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let index = INDEX.load(deps.storage)?;
    ledger::burn(deps.storage, &info.sender, shares)?;
    Ok(Response::new()
        .add_attribute("action", "burn_shares")
        .add_attribute("from", info.sender)
        .add_attribute("shares", shares)
        .add_attribute("amount", math::balance_of(shares, index)?)
        .add_attribute("index", index.to_string()))
}
