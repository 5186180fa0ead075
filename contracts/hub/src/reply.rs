//! Replies from the tokenizer: the hub acts on what the chain actually did.

use cosmwasm_std::{DepsMut, Env, Reply, Response};

use crate::error::ContractError;
use crate::execute::redeemed;
use crate::settle::settle_epoch;

/// A redemption of bonded LSM shares; the payload is the receiver of the heavy LST.
pub const REDEEM_REPLY: u64 = 1;
/// The epoch's reward withdrawal.
pub const HARVEST_REPLY: u64 = 2;

pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        REDEEM_REPLY => redeemed(deps, env, reply),
        HARVEST_REPLY => settle_epoch(deps, env),
        id => Err(ContractError::UnknownReply { id }),
    }
}
