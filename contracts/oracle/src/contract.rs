use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Reply, Response, StdResult,
};
use cw_utils::nonpayable;
use faro_types::oracle::{ExecuteMsg, InstantiateMsg, Progress, QueryMsg};
use faro_types::ownership;

use crate::deliver::{self, DELIVERY_REPLY};
use crate::error::ContractError;
use crate::{config, execute, query, state};

faro_types::lifecycle_entry_points!(ContractError);

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let (config, members) = config::from_instantiate(deps.api, &msg)?;
    state::CONFIG.save(deps.storage, &config)?;
    state::PROGRESS.save(deps.storage, &Progress::default())?;
    for member in &members {
        state::MEMBERS.save(deps.storage, &member.addr, &member.weight)?;
    }
    instantiated(deps, &msg.owner)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn execute(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    match msg {
        ExecuteMsg::Submit { report } => execute::submit(deps, env, info, report),
        ExecuteMsg::Approve { epoch } => execute::approve(deps, info, epoch),
        ExecuteMsg::Reject { epoch } => execute::reject(deps, info, epoch),
        ExecuteMsg::Retry {} => execute::retry(deps, info),
        ExecuteMsg::DropDelivery { epoch, key } => execute::drop_delivery(deps, info, epoch, key),
        ExecuteMsg::BroadcastRate {} => execute::broadcast_rate(deps, env, info),
        ExecuteMsg::SetMembers { members, threshold } => {
            execute::set_members(deps, info, members, threshold)
        }
        ExecuteMsg::SetGateway { gateway } => execute::set_gateway(deps, info, gateway),
        ExecuteMsg::UpdateConfig(update) => execute::update_config(deps, info, update),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Members { start_after, limit } => {
            to_json_binary(&query::members(deps, start_after, limit)?)
        }
        QueryMsg::Progress {} => to_json_binary(&query::progress(deps)?),
        QueryMsg::Submissions {
            epoch,
            start_after,
            limit,
        } => to_json_binary(&query::submissions(deps, epoch, start_after, limit)?),
        QueryMsg::Candidates {
            epoch,
            start_after,
            limit,
        } => to_json_binary(&query::candidates(deps, epoch, start_after, limit)?),
        QueryMsg::Final { epoch } => to_json_binary(&query::final_report(deps, epoch)?),
        QueryMsg::Outstanding { start_after, limit } => {
            to_json_binary(&query::outstanding(deps, start_after, limit)?)
        }
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, _env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        DELIVERY_REPLY => deliver::failed(deps, reply),
        id => Err(ContractError::UnknownReply { id }),
    }
}
