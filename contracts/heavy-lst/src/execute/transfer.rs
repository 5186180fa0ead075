//! Holders move exact shares (`TransferShares`); balances move with the cw20 `Transfer`.

use cosmwasm_std::{DepsMut, MessageInfo, Response, Uint128};
use faro_types::funds::nonpayable_non_zero;

use crate::error::ContractError;
use crate::state::INDEX;
use crate::{ledger, math};

/// Moves exactly `shares`; `amount` reports what they are worth now.
pub fn transfer_shares(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    shares: Uint128,
) -> Result<Response, ContractError> {
    nonpayable_non_zero(&info, shares, ContractError::ZeroAmount)?;
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
