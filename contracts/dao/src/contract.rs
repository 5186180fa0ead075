use cosmwasm_std::{DepsMut, Env, Order, Reply, Response};
use faro_types::dao::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::execute::{Ending, Proposed};
use crate::stake_guard::{check_stake_covered, STAKE_CHECK_REPLY};
use crate::{config, execute, query, state};

faro_types::entry_points! {
    error: ContractError,
    instantiate: InstantiateMsg => config::from_instantiate, state::CONFIG,
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Receive(wrapper) => execute::receive(deps, env, info, wrapper),
        ExecuteMsg::Unstake { amount } => execute::unstake(deps, env, info, amount),
        ExecuteMsg::Claim {} => execute::claim(deps, env, info),
        ExecuteMsg::Propose {
            title,
            description,
            msgs,
            earliest,
            latest,
        } => {
            let proposed = Proposed {
                title,
                description,
                msgs,
                earliest,
                latest,
            };
            execute::propose(deps, env, info, proposed)
        },
        ExecuteMsg::Vote { proposal_id, vote } => execute::vote(deps, env, info, proposal_id, vote),
        ExecuteMsg::Execute { proposal_id } => {
            execute::end_proposal(deps, env, info, proposal_id, Ending::Execute)
        },
        ExecuteMsg::Close { proposal_id } => {
            execute::end_proposal(deps, env, info, proposal_id, Ending::Close)
        },
        ExecuteMsg::UpdateConfig(update) => execute::update_config(deps, env, info, update),
    },
    query: |deps, env, msg: QueryMsg| {
        QueryMsg::Threshold {} => query::threshold(deps),
        QueryMsg::Proposal { proposal_id } => query::proposal(deps, env, proposal_id),
        QueryMsg::ListProposals { start_after, limit } => {
            query::proposals(deps, env, start_after, Order::Ascending, limit)
        },
        QueryMsg::ReverseProposals {
            start_before,
            limit,
        } => query::proposals(deps, env, start_before, Order::Descending, limit),
        QueryMsg::Vote { proposal_id, voter } => query::vote(deps, proposal_id, voter),
        QueryMsg::ListVotes {
            proposal_id,
            start_after,
            limit,
        } => query::list_votes(deps, proposal_id, start_after, limit),
        QueryMsg::Voter { address } => query::voter(deps, address),
        QueryMsg::ListVoters { start_after, limit } => query::list_voters(deps, start_after, limit),
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Staked { address } => query::staked(deps, address),
        QueryMsg::Claims { address } => query::claims(deps, address),
    },
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        STAKE_CHECK_REPLY => check_stake_covered(deps.as_ref(), env),
        id => Err(ContractError::UnknownReply { id }),
    }
}
