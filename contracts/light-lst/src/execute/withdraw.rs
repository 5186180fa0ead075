use cosmwasm_std::{coins, BankMsg, DepsMut, MessageInfo, Response, Uint128};
use faro_types::funds::nonpayable_non_zero;

use crate::error::ContractError;
use crate::ledger;
use crate::state::CONFIG;

/// Pays `amount` of the sender's balance (its pending rewards settled first) in coins to
/// `recipient` (default: the sender).
pub fn withdraw(
    deps: DepsMut,
    info: MessageInfo,
    amount: Uint128,
    recipient: Option<String>,
) -> Result<Response, ContractError> {
    nonpayable_non_zero(&info, amount, ContractError::ZeroAmount)?;
    let recipient_addr = match recipient {
        Some(recipient) => deps.api.addr_validate(&recipient)?,
        None => info.sender.clone(),
    };
    let denom = CONFIG.load(deps.storage)?.denom;
    let settled = ledger::withdraw(deps.storage, &info.sender, amount)?;
    Ok(Response::new()
        .add_message(BankMsg::Send {
            to_address: recipient_addr.to_string(),
            amount: coins(amount.u128(), denom),
        })
        .add_attribute("action", "withdraw")
        .add_attribute("from", info.sender)
        .add_attribute("to", recipient_addr)
        .add_attribute("amount", amount)
        .add_attribute("rewards_settled", settled))
}
