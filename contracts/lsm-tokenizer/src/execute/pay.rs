use cosmwasm_std::{coin, BankMsg, DepsMut, MessageInfo, Response, Uint128};

use super::{ensure_hub_without_funds, ensure_non_zero};
use crate::error::ContractError;

/// Hub only. Pays `amount` of unbonded stake to `recipient`; the bank checks the balance.
pub fn pay(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    let config = ensure_hub_without_funds(deps.storage, &info, "pay")?;
    ensure_non_zero(amount)?;
    let recipient_addr = deps.api.addr_validate(&recipient)?;
    Ok(Response::new()
        .add_message(BankMsg::Send {
            to_address: recipient_addr.to_string(),
            amount: vec![coin(amount.u128(), &config.denom)],
        })
        .add_attribute("action", "pay")
        .add_attribute("recipient", recipient_addr)
        .add_attribute("amount", amount))
}
