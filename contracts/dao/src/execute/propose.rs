use std::cmp::Ordering;

use cosmwasm_std::{to_json_binary, CosmosMsg, DepsMut, Env, MessageInfo, Response, Uint64};
use cw3::{Ballot, Proposal, Status, Vote, Votes};
use cw_utils::{nonpayable, Expiration};

use crate::config::threshold;
use crate::error::ContractError;
use crate::power;
use crate::stake_guard;
use crate::state::{BALLOTS, CONFIG, PROPOSALS, PROPOSAL_COUNT};
use crate::time;

pub struct Proposed {
    pub title: String,
    pub description: String,
    pub msgs: Vec<CosmosMsg>,
    pub earliest: Option<Expiration>,
    pub latest: Option<Expiration>,
}

/// Opens a proposal judged on the power at this block's height; the proposer's power is
/// its yes vote, as cw3 asks.
pub fn propose(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    proposed: Proposed,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    if proposed.earliest.is_some() {
        return Err(ContractError::EarliestUnsupported);
    }
    if proposed.title.trim().is_empty() {
        return Err(ContractError::EmptyTitle);
    }
    let config = CONFIG.load(deps.storage)?;
    let height = env.block.height;
    let weight = power::power_at(deps.storage, &info.sender, height)?;
    if weight == 0 {
        return Err(ContractError::NoVotingPower {
            address: info.sender.into_string(),
            height,
        });
    }
    stake_guard::check_proposal(&config.gov_token, &proposed.msgs)?;
    let max_expires = Expiration::AtTime(time::after(env.block.time, config.voting_period)?);
    let expires = match proposed.latest {
        None => max_expires,
        Some(latest) => match latest.partial_cmp(&max_expires) {
            Some(Ordering::Greater) => max_expires,
            Some(_) => latest,
            None => return Err(ContractError::InvalidExpiration),
        },
    };
    if expires.is_expired(&env.block) {
        return Err(ContractError::InvalidExpiration);
    }
    let mut proposal = Proposal {
        title: proposed.title,
        description: proposed.description,
        start_height: height,
        expires,
        msgs: proposed.msgs,
        status: Status::Open,
        threshold: threshold(&config),
        total_weight: power::total_power_at(deps.storage, height)?,
        votes: Votes::yes(weight),
        proposer: info.sender.clone(),
        deposit: None,
    };
    proposal.update_status(&env.block);
    let count = PROPOSAL_COUNT.may_load(deps.storage)?.unwrap_or_default();
    let id = Uint64::new(count).checked_add(Uint64::one())?.u64();
    PROPOSAL_COUNT.save(deps.storage, &id)?;
    PROPOSALS.save(deps.storage, id, &proposal)?;
    let ballot = Ballot {
        weight,
        vote: Vote::Yes,
    };
    BALLOTS.save(deps.storage, (id, &info.sender), &ballot)?;
    Ok(Response::new()
        .set_data(to_json_binary(&id)?)
        .add_attribute("action", "propose")
        .add_attribute("sender", info.sender)
        .add_attribute("proposal_id", id.to_string())
        .add_attribute("status", format!("{:?}", proposal.status))
        .add_attribute("total_weight", proposal.total_weight.to_string()))
}
