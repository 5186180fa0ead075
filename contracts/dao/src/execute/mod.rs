mod claim;
mod end;
mod propose;
mod receive;
mod unstake;
mod update_config;
mod vote;

pub use claim::claim;
pub use end::{end_proposal, Ending};
pub use propose::{propose, Proposed};
pub use receive::receive;
pub use unstake::unstake;
pub use update_config::update_config;
pub use vote::vote;

use cosmwasm_std::Storage;
use cw3::Proposal;

use crate::error::ContractError;
use crate::state::PROPOSALS;

fn load_proposal(storage: &dyn Storage, proposal_id: u64) -> Result<Proposal, ContractError> {
    PROPOSALS
        .may_load(storage, proposal_id)?
        .ok_or(ContractError::ProposalNotFound { proposal_id })
}
