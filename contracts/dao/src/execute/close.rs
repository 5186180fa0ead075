use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw3::Status;
use cw_utils::nonpayable;

use super::load_proposal;
use crate::error::ContractError;
use crate::state::PROPOSALS;

/// Anyone: an expired proposal that did not pass becomes rejected.
pub fn close(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut proposal = load_proposal(deps.storage, proposal_id)?;
    let status = proposal.current_status(&env.block);
    if [Status::Executed, Status::Rejected, Status::Passed].contains(&proposal.status)
        || status == Status::Passed
    {
        return Err(ContractError::CannotClose {
            proposal_id,
            status,
        });
    }
    if !proposal.expires.is_expired(&env.block) {
        return Err(ContractError::NotExpired { proposal_id });
    }
    proposal.status = Status::Rejected;
    PROPOSALS.save(deps.storage, proposal_id, &proposal)?;
    Ok(Response::new()
        .add_attribute("action", "close")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string()))
}
