use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw3::{Ballot, Status, Vote};
use cw_utils::nonpayable;

use super::load_proposal;
use crate::error::ContractError;
use crate::power;
use crate::state::{BALLOTS, PROPOSALS};

/// Votes with the sender's power at the proposal's start height. As in cw3, votes are
/// still taken on a proposal already passed or rejected until it expires.
pub fn vote(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposal_id: u64,
    vote: Vote,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut proposal = load_proposal(deps.storage, proposal_id)?;
    if ![Status::Open, Status::Passed, Status::Rejected].contains(&proposal.status) {
        return Err(ContractError::NotOpen {
            proposal_id,
            status: proposal.status,
        });
    }
    if proposal.expires.is_expired(&env.block) {
        return Err(ContractError::Expired { proposal_id });
    }
    if BALLOTS.has(deps.storage, (proposal_id, &info.sender)) {
        return Err(ContractError::AlreadyVoted {
            proposal_id,
            voter: info.sender.into_string(),
        });
    }
    let weight = power::power_at(deps.storage, &info.sender, proposal.start_height)?;
    if weight == 0 {
        return Err(ContractError::NoVotingPower {
            address: info.sender.into_string(),
            height: proposal.start_height,
        });
    }
    BALLOTS.save(
        deps.storage,
        (proposal_id, &info.sender),
        &Ballot { weight, vote },
    )?;
    proposal.votes.add_vote(vote, weight);
    proposal.update_status(&env.block);
    PROPOSALS.save(deps.storage, proposal_id, &proposal)?;
    Ok(Response::new()
        .add_attribute("action", "vote")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", proposal_id.to_string())
        .add_attribute("weight", weight.to_string())
        .add_attribute("status", format!("{:?}", proposal.status)))
}
