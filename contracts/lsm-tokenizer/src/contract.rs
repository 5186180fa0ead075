use cosmwasm_std::{DepsMut, DistributionMsg, Env, Reply, Response};
use faro_types::lsm_tokenizer::{ExecuteMsg, InstantiateMsg, Order, QueryMsg, Redelegation};

use crate::error::ContractError;
use crate::execute::{REDEEM_REPLY_ID, TOKENIZE_REPLY_ID};
use crate::{config, execute, query, state};

faro_types::entry_points! {
    error: ContractError,
    // Makes the hub the withdraw address of every reward the tokenizer's delegations earn.
    instantiate: |deps, _env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.api, msg)?;
        state::CONFIG.save(deps.storage, &config)?;
        Ok(Response::new()
            .add_message(DistributionMsg::SetWithdrawAddress {
                address: config.hub.to_string(),
            })
            .add_attribute("hub", &config.hub)
            .add_attribute("denom", &config.denom)
            .add_attribute("lsm_module", config::module_name(config.lsm_module)))
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Order(order) => match order {
            Order::Delegate { delegations } => execute::delegate(deps, info, delegations),
            Order::Undelegate { undelegations } => execute::undelegate(deps, info, undelegations),
            Order::Redelegate { src, dst, amount } => {
                execute::redelegate(deps, info, Redelegation { src, dst, amount })
            },
            Order::WithdrawRewards { validators } => {
                execute::withdraw_rewards(deps, info, validators)
            },
            Order::Redeem {} => execute::redeem(deps, env, info),
            Order::Tokenize {
                validator,
                amount,
                owner,
            } => execute::tokenize(deps, env, info, validator, amount, owner),
            Order::Pay { recipient, amount } => execute::pay(deps, info, recipient, amount),
        },
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
    },
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
