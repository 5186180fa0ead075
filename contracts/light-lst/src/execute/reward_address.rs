use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;

use super::auth::ensure;
use crate::error::ContractError;
use crate::state::CONFIG;

/// The registry forwards the operator's new reward address.
pub fn set_reward_address(
    deps: DepsMut,
    info: MessageInfo,
    reward_address: String,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut config = CONFIG.load(deps.storage)?;
    ensure(&info.sender, &config.registry, "set the reward address")?;
    config.reward_address = deps.api.addr_validate(&reward_address)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "set_reward_address")
        .add_attribute("reward_address", config.reward_address))
}
