use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Reply, Response, StdResult,
};
use faro_types::oracle::Rate;
use faro_types::oracle_gateway::{ExecuteMsg, InstantiateMsg, QueryMsg};
use faro_types::ownership;

use crate::error::ContractError;
use crate::receive::REPORT_REPLY;
use crate::{channel, config, execute, query, rate, receive, state};

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
        ExecuteMsg::BroadcastRate {
            index,
            epoch,
            timestamp,
        } => {
            let rate = Rate {
                index,
                epoch,
                timestamp,
            };
            execute::broadcast_rate(deps, env, info, rate)
        }
        ExecuteMsg::SetReporter { reporter } => execute::set_reporter(deps, info, reporter),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Channels { start_after, limit } => {
            to_json_binary(&query::channels(deps, start_after, limit)?)
        }
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(_deps: DepsMut, _env: Env, reply: Reply) -> Result<Response, ContractError> {
    match reply.id {
        REPORT_REPLY => receive::answered(reply),
        id => Err(ContractError::UnknownReply { id }),
    }
}

faro_types::ibc_entry_points! {
    error: ContractError,
    channel_open: |deps, _env, msg| channel::open(deps, msg),
    channel_connect: |deps, _env, msg| channel::connect(deps, msg),
    channel_close: |deps, _env, msg| channel::close(deps, msg),
    packet_receive: |deps, env, msg| receive::receive(deps.as_ref(), &env, msg),
    packet_ack: |deps, _env, msg| rate::ack(deps, msg),
    packet_timeout: |_deps, _env, msg| Ok(rate::timeout(msg)),
}
