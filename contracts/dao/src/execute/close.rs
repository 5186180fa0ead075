use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw3::Status;

use super::end_proposal;
use crate::error::ContractError;

/// Anyone: an expired proposal that did not pass becomes rejected.
pub fn close(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
) -> Result<Response, ContractError> {
    end_proposal(deps.storage, &info, proposal_id, |proposal| {
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
        Ok(Status::Rejected)
    })?;
    Ok(Response::new()
        .add_attribute("action", "close")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string()))
}
