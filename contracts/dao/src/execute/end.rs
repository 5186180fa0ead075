use cosmwasm_std::{BlockInfo, DepsMut, Env, MessageInfo, Response};
use cw3::{Proposal, Status};
use cw_utils::nonpayable;

use super::load_proposal;
use crate::error::ContractError;
use crate::stake_guard;
use crate::state::PROPOSALS;

/// The two ways a proposal's life ends; anyone may end it, once.
#[derive(Clone, Copy)]
pub enum Ending {
    /// A passed proposal runs its messages, also after it expired. If a message fails the
    /// whole execution reverts and the proposal stays passed.
    Execute,
    /// An expired proposal that did not pass becomes rejected.
    Close,
}

pub fn end_proposal(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
    ending: Ending,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut proposal = load_proposal(deps.storage, proposal_id)?;
    let (status, action) = match ending {
        Ending::Execute => (
            executable(&mut proposal, &env.block, proposal_id)?,
            "execute",
        ),
        Ending::Close => (closable(&proposal, &env.block, proposal_id)?, "close"),
    };
    proposal.status = status;
    PROPOSALS.save(deps.storage, proposal_id, &proposal)?;
    let response = match ending {
        Ending::Execute => Response::new().add_submessages(stake_guard::guarded(proposal.msgs)),
        Ending::Close => Response::new(),
    };
    Ok(response
        .add_attribute("action", action)
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string()))
}

fn executable(
    proposal: &mut Proposal,
    block: &BlockInfo,
    proposal_id: u64,
) -> Result<Status, ContractError> {
    proposal.update_status(block);
    match proposal.status {
        Status::Passed => Ok(Status::Executed),
        Status::Executed => Err(ContractError::AlreadyExecuted { proposal_id }),
        status => Err(ContractError::NotPassed {
            proposal_id,
            status,
        }),
    }
}

fn closable(
    proposal: &Proposal,
    block: &BlockInfo,
    proposal_id: u64,
) -> Result<Status, ContractError> {
    let status = proposal.current_status(block);
    if [Status::Executed, Status::Rejected, Status::Passed].contains(&proposal.status)
        || status == Status::Passed
    {
        return Err(ContractError::CannotClose {
            proposal_id,
            status,
        });
    }
    if !proposal.expires.is_expired(block) {
        return Err(ContractError::NotExpired { proposal_id });
    }
    Ok(Status::Rejected)
}
