use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw3::Status;
use cw_utils::nonpayable;

use super::load_proposal;
use crate::error::ContractError;
use crate::stake_guard;
use crate::state::PROPOSALS;

/// Anyone may execute a passed proposal, also after it expired, once. If a message fails
/// the whole execution reverts and the proposal stays passed.
pub fn execute_proposal(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut proposal = load_proposal(deps.storage, proposal_id)?;
    proposal.update_status(&env.block);
    match proposal.status {
        Status::Passed => {}
        Status::Executed => return Err(ContractError::AlreadyExecuted { proposal_id }),
        status => {
            return Err(ContractError::NotPassed {
                proposal_id,
                status,
            })
        }
    }
    proposal.status = Status::Executed;
    PROPOSALS.save(deps.storage, proposal_id, &proposal)?;
    let msgs = stake_guard::guarded(proposal.msgs);
    Ok(Response::new()
        .add_submessages(msgs)
        .add_attribute("action", "execute")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string()))
}
