//! The hub mints; every holder (the hub included) burns its own balance.

use cosmwasm_std::{to_json_binary, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;
use faro_types::heavy_lst::SharesResponse;

use super::debit::{debit, Payee, Payer};
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

/// Destroys `⌈amount ÷ index⌉` of the sender's shares.
pub fn burn(deps: DepsMut, info: MessageInfo, amount: Uint128) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    debit(
        deps.storage,
        "burn",
        Payer::Holder(info.sender),
        Payee::Burnt,
        amount,
    )
}
