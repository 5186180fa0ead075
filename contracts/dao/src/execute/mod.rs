mod claim;
mod close;
mod execute_proposal;
mod propose;
mod receive;
mod unstake;
mod update_config;
mod vote;

pub use claim::claim;
pub use close::close;
pub use execute_proposal::execute_proposal;
pub use propose::{propose, Proposed};
pub use receive::receive;
pub use unstake::unstake;
pub use update_config::update_config;
pub use vote::vote;

use cosmwasm_std::{MessageInfo, Storage};
use cw3::{Proposal, Status};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::state::PROPOSALS;

fn load_proposal(storage: &dyn Storage, proposal_id: u64) -> Result<Proposal, ContractError> {
    PROPOSALS
        .may_load(storage, proposal_id)?
        .ok_or(ContractError::ProposalNotFound { proposal_id })
}

/// Ends a proposal for good on a call that takes no funds: `end` refuses the call, or
/// answers the final status the proposal takes now. Answers the proposal as saved.
fn end_proposal(
    storage: &mut dyn Storage,
    info: &MessageInfo,
    proposal_id: u64,
    end: impl FnOnce(&mut Proposal) -> Result<Status, ContractError>,
) -> Result<Proposal, ContractError> {
    nonpayable(info)?;
    let mut proposal = load_proposal(storage, proposal_id)?;
    proposal.status = end(&mut proposal)?;
    PROPOSALS.save(storage, proposal_id, &proposal)?;
    Ok(proposal)
}
