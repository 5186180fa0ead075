use cosmwasm_std::{DepsMut, Env, Reply, Response};
use faro_types::config_update;
use faro_types::oracle::{ExecuteMsg, InstantiateMsg, Progress, QueryMsg};

use crate::deliver::{self, DELIVERY_REPLY};
use crate::error::ContractError;
use crate::{config, execute, query, state};

faro_types::entry_points! {
    error: ContractError,
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let (config, members) = config::from_instantiate(deps.api, msg)?;
        state::CONFIG.save(deps.storage, &config)?;
        state::PROGRESS.save(deps.storage, &Progress::default())?;
        for member in &members {
            state::MEMBERS.save(deps.storage, &member.addr, &member.weight)?;
        }
        Ok(Response::new())
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Submit { report } => execute::submit(deps, env, info, report),
        ExecuteMsg::Approve { epoch } => execute::approve(deps, info, epoch),
        ExecuteMsg::Reject { epoch } => execute::reject(deps, info, epoch),
        ExecuteMsg::Retry {} => execute::retry(deps, info),
        ExecuteMsg::DropDelivery { epoch, key } => execute::drop_delivery(deps, info, epoch, key),
        ExecuteMsg::BroadcastRate {} => execute::broadcast_rate(deps, env, info),
        ExecuteMsg::SetMembers { members, threshold } => {
            execute::set_members(deps, info, members, threshold)
        },
        ExecuteMsg::SetGateway { gateway } => execute::set_gateway(deps, info, gateway),
        ExecuteMsg::UpdateConfig(update) => {
            config_update::update_config(deps, &info, &state::CONFIG, |_, config| {
                config::apply_update(config, update)?;
                Ok(config::limits(config))
            })
        },
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Members { start_after, limit } => query::members(deps, start_after, limit),
        QueryMsg::Progress {} => query::progress(deps),
        QueryMsg::Submissions {
            epoch,
            start_after,
            limit,
        } => query::submissions(deps, epoch, start_after, limit),
        QueryMsg::Candidates {
            epoch,
            start_after,
            limit,
        } => query::candidates(deps, epoch, start_after, limit),
        QueryMsg::Final { epoch } => query::final_report(deps, epoch),
        QueryMsg::Outstanding { start_after, limit } => {
            query::outstanding(deps, start_after, limit)
        },
    },
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, _env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        DELIVERY_REPLY => deliver::failed(deps, reply),
        id => Err(ContractError::UnknownReply { id }),
    }
}
