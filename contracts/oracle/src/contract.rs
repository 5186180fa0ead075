use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, Env, IbcBasicResponse, IbcChannelCloseMsg,
    IbcChannelConnectMsg, IbcChannelOpenMsg, IbcChannelOpenResponse, IbcPacketAckMsg,
    IbcPacketReceiveMsg, IbcPacketTimeoutMsg, IbcReceiveResponse, MessageInfo, Reply, Response,
    StdResult,
};
use cw_utils::nonpayable;
use faro_types::oracle::{ExecuteMsg, InstantiateMsg, MigrateMsg, Progress, QueryMsg};
use faro_types::{lifecycle, ownership};

use crate::deliver::{self, DELIVERY_REPLY};
use crate::error::ContractError;
use crate::{config, execute, ibc, query, state};

pub const CONTRACT_NAME: &str = concat!("crates.io:", env!("CARGO_PKG_NAME"));
pub const CONTRACT_VERSION: &str = env!("CARGO_PKG_VERSION");

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
    Ok(lifecycle::instantiate(
        deps,
        CONTRACT_NAME,
        CONTRACT_VERSION,
        &msg.owner,
    )?)
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
        ExecuteMsg::Approve { epoch } => execute::approve(deps, env, info, epoch),
        ExecuteMsg::Reject { epoch } => execute::reject(deps, info, epoch),
        ExecuteMsg::Retry {} => execute::retry(deps, info),
        ExecuteMsg::BroadcastRate {} => execute::broadcast_rate(deps, env, info),
        ExecuteMsg::SetMembers {
            members,
            ibc_member_weight,
            threshold,
        } => execute::set_members(deps, info, members, ibc_member_weight, threshold),
        ExecuteMsg::SetReporter { reporter } => execute::set_reporter(deps, info, reporter),
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
        QueryMsg::Channels { start_after, limit } => {
            to_json_binary(&query::channels(deps, start_after, limit)?)
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

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn migrate(deps: DepsMut, _env: Env, _msg: MigrateMsg) -> Result<Response, ContractError> {
    Ok(lifecycle::migrate(
        deps.storage,
        CONTRACT_NAME,
        CONTRACT_VERSION,
    )?)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_channel_open(
    deps: DepsMut,
    _env: Env,
    msg: IbcChannelOpenMsg,
) -> Result<IbcChannelOpenResponse, ContractError> {
    ibc::open(deps, msg)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_channel_connect(
    deps: DepsMut,
    _env: Env,
    msg: IbcChannelConnectMsg,
) -> Result<IbcBasicResponse, ContractError> {
    ibc::connect(deps, msg)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_channel_close(
    deps: DepsMut,
    _env: Env,
    msg: IbcChannelCloseMsg,
) -> Result<IbcBasicResponse, ContractError> {
    ibc::close(deps, msg)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_packet_receive(
    deps: DepsMut,
    env: Env,
    msg: IbcPacketReceiveMsg,
) -> StdResult<IbcReceiveResponse> {
    ibc::receive(deps, env, msg)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_packet_ack(
    deps: DepsMut,
    _env: Env,
    msg: IbcPacketAckMsg,
) -> Result<IbcBasicResponse, ContractError> {
    ibc::ack(deps, msg)
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn ibc_packet_timeout(
    deps: DepsMut,
    _env: Env,
    msg: IbcPacketTimeoutMsg,
) -> Result<IbcBasicResponse, ContractError> {
    ibc::timeout(deps, msg)
}
