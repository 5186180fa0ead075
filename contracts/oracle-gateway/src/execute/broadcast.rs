use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::oracle::Rate;

use crate::error::ContractError;
use crate::rate;
use crate::state::CONFIG;

/// The oracle only: the rate to every channel behind its epoch.
pub fn broadcast_rate(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    rate: Rate,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if info.sender != config.oracle {
        return Err(ContractError::NotOracle {
            sender: info.sender.to_string(),
            action: "broadcast the rate",
        });
    }
    let (epoch, index) = (rate.epoch, rate.index);
    let msgs = rate::packets(deps.storage, &env, rate)?;
    Ok(Response::new()
        .add_attribute("action", "broadcast_rate")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("index", index.to_string())
        .add_attribute("channels", msgs.len().to_string())
        .add_submessages(msgs))
}
