use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::oracle::Report;

use crate::error::ContractError;
use crate::state::MEMBERS;
use crate::vote;

/// A member's report (the gateway's among them): counts with the member's weight.
pub fn submit(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    report: Report,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let weight = MEMBERS
        .may_load(deps.storage, &info.sender)?
        .ok_or_else(|| ContractError::NotMember {
            sender: info.sender.to_string(),
        })?;
    let outcome = vote::vote(deps, &env, &info.sender, weight, report)?;
    Ok(Response::new()
        .add_submessages(outcome.msgs)
        .add_attribute("action", "submit")
        .add_attributes(outcome.attributes))
}
