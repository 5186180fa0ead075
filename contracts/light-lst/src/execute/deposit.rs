use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::must_pay;

use crate::error::ContractError;
use crate::ledger;
use crate::state::CONFIG;

/// Exactly one coin of the denom (`must_pay` refuses none, zero, others or more): credits
/// as many units to `recipient` (default: the sender), whose pending rewards settle first.
pub fn deposit(
    deps: DepsMut,
    info: MessageInfo,
    recipient: Option<String>,
) -> Result<Response, ContractError> {
    let denom = CONFIG.load(deps.storage)?.denom;
    let amount = must_pay(&info, &denom)?;
    let recipient_addr = match recipient {
        Some(recipient) => deps.api.addr_validate(&recipient)?,
        None => info.sender.clone(),
    };
    let settled = ledger::deposit(deps.storage, &recipient_addr, amount)?;
    Ok(Response::new()
        .add_attribute("action", "deposit")
        .add_attribute("from", info.sender)
        .add_attribute("to", recipient_addr)
        .add_attribute("amount", amount)
        .add_attribute("rewards_settled", settled))
}
