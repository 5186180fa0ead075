use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::finalise;
use crate::state::{CONFIG, PROGRESS};

/// Anyone: the hub's index now, with the latest applied epoch, to every channel that has
/// not acknowledged that epoch (after a timeout or an error ack, say).
pub fn broadcast_rate(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let progress = PROGRESS.load(deps.storage)?;
    let hub = finalise::hub_state(&deps.querier, &config)?;
    let msgs = finalise::rate_packets(deps.storage, &env, &progress, &hub)?;
    Ok(Response::new()
        .add_attribute("action", "broadcast_rate")
        .add_attribute("index", hub.index.to_string())
        .add_attribute("channels", msgs.len().to_string())
        .add_submessages(msgs))
}
