use cosmwasm_std::{to_json_binary, Binary, Deps, DepsMut, Env, MessageInfo, Response, StdResult};
use cw_utils::nonpayable;
use faro_types::ownership;
use faro_types::reporter::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::{execute, ibc, query};

faro_types::lifecycle_entry_points!(ContractError);

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
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
        ExecuteMsg::SubmitReport { report } => execute::submit_report(deps, env, info, report),
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Channel {} => to_json_binary(&query::channel(deps)?),
        QueryMsg::Rate {} => to_json_binary(&query::rate(deps)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
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
