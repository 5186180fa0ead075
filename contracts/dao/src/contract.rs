use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Reply, Response, StdResult,
};
use faro_types::dao::{ExecuteMsg, InstantiateMsg, QueryMsg};
use faro_types::ownership;

use crate::error::ContractError;
use crate::execute::Proposed;
use crate::stake_guard::{check_stake_covered, STAKE_CHECK_REPLY};
use crate::{config, execute, query, state};

faro_types::lifecycle_entry_points!(
    ContractError,
    instantiate: InstantiateMsg => config::from_instantiate, state::CONFIG
);

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn execute(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    match msg {
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
        }
        ExecuteMsg::Vote { proposal_id, vote } => execute::vote(deps, env, info, proposal_id, vote),
        ExecuteMsg::Execute { proposal_id } => {
            execute::execute_proposal(deps, env, info, proposal_id)
        }
        ExecuteMsg::Close { proposal_id } => execute::close(deps, env, info, proposal_id),
        ExecuteMsg::UpdateConfig(update) => execute::update_config(deps, env, info, update),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        STAKE_CHECK_REPLY => check_stake_covered(deps.as_ref(), env),
        id => Err(ContractError::UnknownReply { id }),
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Threshold {} => to_json_binary(&query::threshold(deps)?),
        QueryMsg::Proposal { proposal_id } => {
            to_json_binary(&query::proposal(deps, env, proposal_id)?)
        }
        QueryMsg::ListProposals { start_after, limit } => {
            to_json_binary(&query::list_proposals(deps, env, start_after, limit)?)
        }
        QueryMsg::ReverseProposals {
            start_before,
            limit,
        } => to_json_binary(&query::reverse_proposals(deps, env, start_before, limit)?),
        QueryMsg::Vote { proposal_id, voter } => {
            to_json_binary(&query::vote(deps, proposal_id, voter)?)
        }
        QueryMsg::ListVotes {
            proposal_id,
            start_after,
            limit,
        } => to_json_binary(&query::list_votes(deps, proposal_id, start_after, limit)?),
        QueryMsg::Voter { address } => to_json_binary(&query::voter(deps, address)?),
        QueryMsg::ListVoters { start_after, limit } => {
            to_json_binary(&query::list_voters(deps, start_after, limit)?)
        }
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Staked { address } => to_json_binary(&query::staked(deps, address)?),
        QueryMsg::Claims { address } => to_json_binary(&query::claims(deps, address)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}
