use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::state::{CONFIG, PROGRESS};
use crate::{broadcast, finalise};

/// Anyone: pushes the hub's index now, with the latest applied epoch, to the gateway
/// again (after a timeout, an error ack, or a failed push).
pub fn broadcast_rate(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if config.gateway.is_none() {
        return Err(ContractError::NoGateway);
    }
    let progress = PROGRESS.load(deps.storage)?;
    let hub = finalise::hub_state(&deps.querier, &config)?;
    let msg = broadcast::push(&env, &config, &progress, &hub)?;
    Ok(Response::new()
        .add_attribute("action", "broadcast_rate")
        .add_attribute("index", hub.index.to_string())
        .add_submessages(msg))
}
