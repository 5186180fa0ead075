use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw3::Status;

use super::end_proposal;
use crate::error::ContractError;
use crate::stake_guard;

/// Anyone may execute a passed proposal, also after it expired, once. If a message fails
/// the whole execution reverts and the proposal stays passed.
pub fn execute_proposal(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
) -> Result<Response, ContractError> {
    let proposal = end_proposal(deps.storage, &info, proposal_id, |proposal| {
        proposal.update_status(&env.block);
        match proposal.status {
            Status::Passed => Ok(Status::Executed),
            Status::Executed => Err(ContractError::AlreadyExecuted { proposal_id }),
            status => Err(ContractError::NotPassed {
                proposal_id,
                status,
            }),
        }
    })?;
    let msgs = stake_guard::guarded(proposal.msgs);
    Ok(Response::new()
        .add_submessages(msgs)
        .add_attribute("action", "execute")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string()))
}
