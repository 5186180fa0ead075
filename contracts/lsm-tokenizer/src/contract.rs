use cosmwasm_std::{
    to_json_binary, Binary, Deps, DepsMut, DistributionMsg, Env, MessageInfo, Reply, Response,
    StdResult,
};
use cw_utils::nonpayable;
use faro_types::lsm_tokenizer::{ExecuteMsg, InstantiateMsg, Order, QueryMsg};
use faro_types::{lifecycle, ownership};

use crate::error::ContractError;
use crate::execute::{REDEEM_REPLY_ID, TOKENIZE_REPLY_ID};
use crate::{config, execute, query, state};

faro_types::lifecycle_entry_points!(ContractError);

/// Makes the hub the withdraw address of every reward the tokenizer's delegations earn.
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn instantiate(
    deps: DepsMut,
    _env: Env,
    info: MessageInfo,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = config::from_instantiate(deps.api, &msg)?;
    state::CONFIG.save(deps.storage, &config)?;
    let response = lifecycle::instantiate(deps, CONTRACT_NAME, CONTRACT_VERSION, &msg.owner)?;
    Ok(response
        .add_message(DistributionMsg::SetWithdrawAddress {
            address: config.hub.to_string(),
        })
        .add_attribute("hub", &config.hub)
        .add_attribute("denom", &config.denom)
        .add_attribute("lsm_module", config::module_name(config.lsm_module)))
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn execute(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    match msg {
        ExecuteMsg::Order(order) => match order {
            Order::Delegate { delegations } => execute::delegate(deps, info, delegations),
            Order::Undelegate { undelegations } => execute::undelegate(deps, info, undelegations),
            Order::Redelegate { src, dst, amount } => {
                execute::redelegate(deps, info, src, dst, amount)
            }
            Order::WithdrawRewards { validators } => {
                execute::withdraw_rewards(deps, info, validators)
            }
            Order::Redeem {} => execute::redeem(deps, env, info),
            Order::Tokenize {
                validator,
                amount,
                owner,
            } => execute::tokenize(deps, env, info, validator, amount, owner),
            Order::Pay { recipient, amount } => execute::pay(deps, info, recipient, amount),
        },
        ExecuteMsg::UpdateOwnership(action) => {
            ownership::update_ownership(deps, &env.block, &info, action)
        }
    }
}

/// The answers of the LSM submessages, each sent with `reply_on_success`.
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, _env: Env, msg: Reply) -> Result<Response, ContractError> {
    match msg.id {
        REDEEM_REPLY_ID => execute::redeemed(deps, msg),
        TOKENIZE_REPLY_ID => execute::tokenized(deps, msg),
        id => Err(ContractError::UnknownReply { id }),
    }
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn query(deps: Deps, _env: Env, msg: QueryMsg) -> StdResult<Binary> {
    match msg {
        QueryMsg::Config {} => to_json_binary(&query::config(deps)?),
        QueryMsg::Ownership {} => to_json_binary(&cw_ownable::get_ownership(deps.storage)?),
    }
}
