//! The heavy index pushed to the gateway, which sends it on the `faro-1` channels.
//!
//! The push is a submessage replied to only on failure, and the reply swallows it: a
//! gateway that fails must not stop a report from applying. Nothing needs keeping for a
//! retry, since anyone can call `BroadcastRate` again and the gateway sends only to
//! channels behind.

use cosmwasm_std::{Env, Reply, Response, StdResult, SubMsg, SubMsgResult};
use faro_types::hub::Backing;
use faro_types::oracle::{Config, Progress, Rate};
use faro_types::oracle_gateway::GatewayContract;

/// The push to the gateway failed.
pub const BROADCAST_REPLY: u64 = 2;

/// The gateway's `BroadcastRate` with the hub's index and the latest applied epoch; none
/// without a gateway or before any report applied.
pub fn push(
    env: &Env,
    config: &Config,
    progress: &Progress,
    hub: &Backing,
) -> StdResult<Option<SubMsg>> {
    let (Some(gateway), Some(epoch)) = (&config.gateway, progress.last_applied) else {
        return Ok(None);
    };
    let rate = Rate {
        index: hub.index,
        epoch,
        timestamp: env.block.time,
    };
    let msg = GatewayContract(gateway.clone()).broadcast_rate_msg(&rate)?;
    Ok(Some(SubMsg::reply_on_error(msg, BROADCAST_REPLY)))
}

pub fn failed(reply: Reply) -> Response {
    let error = match reply.result {
        SubMsgResult::Err(error) => error,
        SubMsgResult::Ok(_) => String::new(),
    };
    Response::new()
        .add_attribute("action", "broadcast_failed")
        .add_attribute("error", error)
}
