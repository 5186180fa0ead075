use cosmwasm_std::{Addr, BlockInfo, Deps, Env, Order, StdResult};
use cw3::{
    Proposal, ProposalListResponse, ProposalResponse, VoteInfo, VoteListResponse, VoteResponse,
    VoterDetail, VoterListResponse, VoterResponse,
};
use cw_storage_plus::Bound;
use cw_utils::ThresholdResponse;
use faro_types::dao::{ClaimsResponse, Config, StakedResponse};
use faro_types::pagination::{page, page_size};

use crate::config::threshold as rules;
use crate::power;
use crate::state::{BALLOTS, CLAIMS, CONFIG, PROPOSALS, STAKED};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn threshold(deps: Deps) -> StdResult<ThresholdResponse> {
    let config = CONFIG.load(deps.storage)?;
    let total = power::weight(power::total_staked(deps.storage)?);
    Ok(rules(&config).to_response(total))
}

fn to_response(block: &BlockInfo, id: u64, proposal: Proposal) -> ProposalResponse {
    ProposalResponse {
        id,
        status: proposal.current_status(block),
        threshold: proposal.threshold.to_response(proposal.total_weight),
        title: proposal.title,
        description: proposal.description,
        msgs: proposal.msgs,
        expires: proposal.expires,
        proposer: proposal.proposer,
        deposit: proposal.deposit,
    }
}

pub fn proposal(deps: Deps, env: Env, proposal_id: u64) -> StdResult<ProposalResponse> {
    let proposal = PROPOSALS.load(deps.storage, proposal_id)?;
    Ok(to_response(&env.block, proposal_id, proposal))
}

/// Proposals after `start` in `order`: `ListProposals` ascends from `start_after`,
/// `ReverseProposals` descends from `start_before`.
pub fn proposals(
    deps: Deps,
    env: Env,
    start: Option<u64>,
    order: Order,
    limit: Option<u32>,
) -> StdResult<ProposalListResponse> {
    let start = start.map(Bound::exclusive);
    let (min, max) = match order {
        Order::Ascending => (start, None),
        Order::Descending => (None, start),
    };
    let proposals = PROPOSALS
        .range(deps.storage, min, max, order)
        .take(page_size(limit))
        .map(|entry| entry.map(|(id, proposal)| to_response(&env.block, id, proposal)))
        .collect::<StdResult<_>>()?;
    Ok(ProposalListResponse { proposals })
}

/// Fails for an unknown proposal; `None` if the voter has not voted on it.
pub fn vote(deps: Deps, proposal_id: u64, voter: String) -> StdResult<VoteResponse> {
    PROPOSALS.load(deps.storage, proposal_id)?;
    let voter = deps.api.addr_validate(&voter)?;
    let vote = BALLOTS
        .may_load(deps.storage, (proposal_id, &voter))?
        .map(|ballot| VoteInfo {
            proposal_id,
            voter: voter.into_string(),
            vote: ballot.vote,
            weight: ballot.weight,
        });
    Ok(VoteResponse { vote })
}

pub fn list_votes(
    deps: Deps,
    proposal_id: u64,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<VoteListResponse> {
    let start_after = validate_start(deps, start_after)?;
    let prefix = BALLOTS.prefix(proposal_id);
    let votes = page(deps.storage, &prefix, start_after.as_ref(), limit)?
        .into_iter()
        .map(|(voter, ballot)| VoteInfo {
            proposal_id,
            voter: voter.into_string(),
            vote: ballot.vote,
            weight: ballot.weight,
        })
        .collect();
    Ok(VoteListResponse { votes })
}

pub fn voter(deps: Deps, address: String) -> StdResult<VoterResponse> {
    let address = deps.api.addr_validate(&address)?;
    let weight = STAKED.may_load(deps.storage, &address)?.map(power::weight);
    Ok(VoterResponse { weight })
}

pub fn list_voters(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<VoterListResponse> {
    let start_after = validate_start(deps, start_after)?;
    let voters = STAKED
        .range(
            deps.storage,
            start_after.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| {
            entry.map(|(addr, staked)| VoterDetail {
                addr: addr.into_string(),
                weight: power::weight(staked),
            })
        })
        .collect::<StdResult<_>>()?;
    Ok(VoterListResponse { voters })
}

pub fn staked(deps: Deps, address: String) -> StdResult<StakedResponse> {
    let address = deps.api.addr_validate(&address)?;
    Ok(StakedResponse {
        staked: power::staked(deps.storage, &address)?,
        total_staked: power::total_staked(deps.storage)?,
    })
}

pub fn claims(deps: Deps, address: String) -> StdResult<ClaimsResponse> {
    let address = deps.api.addr_validate(&address)?;
    let claims = CLAIMS.may_load(deps.storage, &address)?.unwrap_or_default();
    Ok(ClaimsResponse { claims })
}

fn validate_start(deps: Deps, start_after: Option<String>) -> StdResult<Option<Addr>> {
    start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()
}
