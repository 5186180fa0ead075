//! Holders move their balance (`Transfer`, `Send`) or exact shares (`TransferShares`).

use cosmwasm_std::{Binary, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;

use super::debit::{debit, Payee, Payer};
use crate::error::ContractError;
use crate::state::INDEX;
use crate::{ledger, math};

/// Moves `⌈amount ÷ index⌉` shares: the recipient's balance grows by at least `amount`.
pub fn transfer(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let to = Payee::Account(deps.api.addr_validate(&recipient)?);
    debit(
        deps.storage,
        "transfer",
        Payer::Holder(info.sender),
        to,
        amount,
    )
}

/// A transfer to `contract`, followed by its `Receive` hook carrying `amount`.
pub fn send(
    deps: DepsMut,
    info: MessageInfo,
    contract: String,
    amount: Uint128,
    msg: Binary,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let to = Payee::Contract(deps.api.addr_validate(&contract)?, msg);
    debit(deps.storage, "send", Payer::Holder(info.sender), to, amount)
}

/// Moves exactly `shares`; `amount` reports what they are worth now.
pub fn transfer_shares(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    shares: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    if shares.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let recipient_addr = deps.api.addr_validate(&recipient)?;
    let index = INDEX.load(deps.storage)?;
    ledger::move_shares(deps.storage, &info.sender, &recipient_addr, shares)?;
    Ok(Response::new()
        .add_attribute("action", "transfer_shares")
        .add_attribute("from", info.sender)
        .add_attribute("to", recipient_addr)
        .add_attribute("shares", shares)
        .add_attribute("amount", math::balance_of(shares, index)?)
        .add_attribute("index", index.to_string()))
}
