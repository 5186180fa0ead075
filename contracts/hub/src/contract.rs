use cosmwasm_std::{
    to_json_binary, Binary, Decimal256, Deps, DepsMut, Env, MessageInfo, Reply, Response,
    StdResult, Uint128,
};
use cw_utils::nonpayable;
use faro_types::hub::{ExecuteMsg, InstantiateMsg, QueryMsg, FIRST_EPOCH};
use faro_types::ownership;

use crate::error::ContractError;
use crate::state::{Books, BOOKS, CONFIG};
use crate::{config, execute, query};

faro_types::lifecycle_entry_points!(ContractError);

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = config::from_instantiate(deps.api, &msg)?;
    CONFIG.save(deps.storage, &config)?;
    let books = Books {
        total_bonded: Uint128::zero(),
        pending: Uint128::zero(),
        index: Decimal256::one(),
        epoch: FIRST_EPOCH,
        next_epoch_at: env.block.time.plus_seconds(config.epoch_period),
        insurance_shares: Uint128::zero(),
        light_pool: Uint128::zero(),
        reserved: Uint128::zero(),
    };
    BOOKS.save(deps.storage, &books)?;
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
        ExecuteMsg::Bond { receiver } => execute::bond(deps, env, info, receiver),
        ExecuteMsg::Receive(msg) => execute::receive(deps, info, msg),
        ExecuteMsg::Withdraw { batch_id } => execute::withdraw(deps, info, batch_id),
        ExecuteMsg::AdvanceEpoch {} => execute::advance_epoch(deps, env, info),
        ExecuteMsg::Redelegate { src, dst, amount } => {
            execute::redelegate(deps, info, src, dst, amount)
        }
        ExecuteMsg::SetPause(pauses) => execute::set_pause(deps, info, pauses),
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
        QueryMsg::State {} => to_json_binary(&query::state(deps)?),
        QueryMsg::Pauses {} => to_json_binary(&query::pauses(deps)?),
        QueryMsg::Batch { id } => to_json_binary(&query::batch(deps, id)?),
        QueryMsg::Batches {
            start_before,
            limit,
        } => to_json_binary(&query::batches(deps, start_before, limit)?),
        QueryMsg::UnbondRequests {
            address,
            start_after,
            limit,
        } => to_json_binary(&query::unbond_requests(deps, address, start_after, limit)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    crate::reply::reply(deps, env, reply)
}
