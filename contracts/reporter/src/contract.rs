use cosmwasm_std::Response;
use faro_types::reporter::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::{execute, ibc, query};

faro_types::entry_points! {
    error: ContractError,
    instantiate: |_deps, _env, _msg: InstantiateMsg| Ok(Response::new()),
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::SubmitReport { report } => execute::submit_report(deps, env, info, report),
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Channel {} => query::channel(deps),
        QueryMsg::Rate {} => query::rate(deps),
    },
}

faro_types::ibc_entry_points! {
    error: ContractError,
    channel_open: |deps, _env, msg| ibc::open(deps, msg),
    channel_connect: |deps, _env, msg| ibc::connect(deps, msg),
    channel_close: |deps, _env, msg| ibc::close(deps, msg),
    packet_receive: |deps, _env, msg| ibc::receive(deps, msg),
    packet_ack: |deps, _env, msg| ibc::ack(deps, msg),
    packet_timeout: |deps, _env, msg| ibc::timeout(deps, msg),
}
