use cosmwasm_std::{DepsMut, Env, Reply, Response};
use faro_types::oracle::Rate;
use faro_types::oracle_gateway::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::receive::REPORT_REPLY;
use crate::{channel, config, execute, query, rate, receive, state};

faro_types::entry_points! {
    error: ContractError,
    instantiate: InstantiateMsg => config::from_instantiate, state::CONFIG,
    execute: |deps, env, info, msg: ExecuteMsg| {
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
        },
        ExecuteMsg::SetReporter { reporter } => execute::set_reporter(deps, info, reporter),
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Channels { start_after, limit } => query::channels(deps, start_after, limit),
    },
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
