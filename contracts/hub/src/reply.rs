//! Replies: from the tokenizer, the hub acts on what the chain actually did; from a light
//! LST that refused its reward, the part returns to the light pool; from the oracle that
//! failed to broadcast the new index, a note.

use cosmwasm_std::{from_json, DepsMut, Env, Reply, Response, Uint128};

use crate::error::ContractError;
use crate::execute::redeemed;
use crate::settle::settle_epoch;
use crate::state::BOOKS;

/// A redemption of bonded LSM shares; the payload is the receiver of the heavy LST.
pub const REDEEM_REPLY: u64 = 1;
/// The epoch's reward withdrawal.
pub const HARVEST_REPLY: u64 = 2;
/// A light LST's reward failed; the payload is the part it was sent.
pub const LIGHT_REWARD_REPLY: u64 = 3;
/// The oracle's broadcast of the settled index failed.
pub const RATE_BROADCAST_REPLY: u64 = 4;

pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        REDEEM_REPLY => redeemed(deps, env, reply),
        HARVEST_REPLY => settle_epoch(deps, env),
        LIGHT_REWARD_REPLY => light_reward_failed(deps, reply),
        RATE_BROADCAST_REPLY => Ok(rate_broadcast_failed(reply)),
        id => Err(ContractError::UnknownReply { id }),
    }
}

/// The failed call was reverted and its coins are back with the hub: so is its part.
fn light_reward_failed(deps: DepsMut, reply: Reply) -> Result<Response, ContractError> {
    let part: Uint128 = from_json(&reply.payload)?;
    let mut books = BOOKS.load(deps.storage)?;
    books.light_pool = books.light_pool.checked_add(part)?;
    BOOKS.save(deps.storage, &books)?;
    Ok(Response::new()
        .add_attribute("action", "light_reward_failed")
        .add_attribute("returned", part)
        .add_attribute("light_pool", books.light_pool))
}

/// A failing oracle or gateway never stops an epoch: the failure is only noted, and
/// anyone can repeat the oracle's `BroadcastRate`.
fn rate_broadcast_failed(reply: Reply) -> Response {
    let error = reply.result.into_result().err().unwrap_or_default();
    Response::new()
        .add_attribute("action", "rate_broadcast_failed")
        .add_attribute("error", error)
}
