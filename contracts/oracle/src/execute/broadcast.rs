//! The heavy index out: the hub calls `BroadcastRate` after each settlement, and anyone
//! may repeat it (after a timeout or an error ack). The gateway sends the rate on every
//! `faro-1` channel that has not acknowledged its epoch, so a repeat reaches only the
//! channels behind.

use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::oracle::Rate;
use faro_types::oracle_gateway::GatewayContract;

use crate::error::ContractError;
use crate::finalise;
use crate::state::CONFIG;

/// Anyone: hands the gateway the hub's index with the epoch whose settlement set it.
pub fn broadcast_rate(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let gateway = config.gateway.clone().ok_or(ContractError::NoGateway)?;
    let hub = finalise::hub_state(&deps.querier, &config)?;
    let epoch = hub.settled_epoch().ok_or(ContractError::NoSettledEpoch)?;
    let rate = Rate {
        index: hub.index,
        epoch,
        timestamp: env.block.time,
    };
    Ok(Response::new()
        .add_message(GatewayContract(gateway).broadcast_rate_msg(&rate)?)
        .add_attribute("action", "broadcast_rate")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("index", hub.index.to_string()))
}
