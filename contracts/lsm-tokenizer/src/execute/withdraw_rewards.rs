use cosmwasm_std::{DepsMut, DistributionMsg, MessageInfo, Response};

use super::{ensure_hub_without_funds, ensure_len, ensure_validator};
use crate::error::ContractError;

/// Hub only. Withdraws the rewards of the delegations to `validators`; the withdraw
/// address, set at instantiation, sends them to the hub. No validators, no messages.
pub fn withdraw_rewards(
    deps: DepsMut,
    info: MessageInfo,
    validators: Vec<String>,
) -> Result<Response, ContractError> {
    ensure_hub_without_funds(deps.storage, &info, "withdraw rewards")?;
    ensure_len("validators", validators.len(), true)?;
    let mut response = Response::new()
        .add_attribute("action", "withdraw_rewards")
        .add_attribute("validators", validators.len().to_string());
    for validator in validators {
        ensure_validator(&validator)?;
        response = response.add_attribute("validator", &validator);
        response = response.add_message(DistributionMsg::WithdrawDelegatorReward { validator });
    }
    Ok(response)
}
