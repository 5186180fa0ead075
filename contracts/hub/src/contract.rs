use cosmwasm_std::{Decimal256, DepsMut, Env, Reply, Response, Uint128};
use faro_types::config_update;
use faro_types::hub::{Books, ExecuteMsg, InstantiateMsg, QueryMsg, FIRST_EPOCH};
use faro_types::lsm_tokenizer::Redelegation;

use crate::error::ContractError;
use crate::state::{BOOKS, CONFIG};
use crate::{config, execute, query};

faro_types::entry_points! {
    error: ContractError,
    instantiate: |deps, env, msg: InstantiateMsg| {
        let config = config::from_instantiate(deps.api, msg)?;
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
        Ok(Response::new())
    },
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Bond { receiver } => execute::bond(deps, env, info, receiver),
        ExecuteMsg::Receive(msg) => execute::receive(deps, info, msg),
        ExecuteMsg::Withdraw { batch_id } => execute::withdraw(deps, info, batch_id),
        ExecuteMsg::AdvanceEpoch {} => execute::advance_epoch(deps, env, info),
        ExecuteMsg::Redelegate { src, dst, amount } => {
            execute::redelegate(deps, info, Redelegation { src, dst, amount })
        },
        ExecuteMsg::SetPause(pauses) => execute::set_pause(deps, info, pauses),
        ExecuteMsg::UpdateConfig(update) => {
            config_update::update_config(deps, &info, &CONFIG, |deps, config| {
                config::apply_update(deps.api, config, update)?;
                Ok(config::figures(config))
            })
        },
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::State {} => query::state(deps),
        QueryMsg::Pauses {} => query::pauses(deps),
        QueryMsg::Batch { id } => query::batch(deps, id),
        QueryMsg::Batches {
            start_before,
            limit,
        } => query::batches(deps, start_before, limit),
        QueryMsg::UnbondRequests {
            address,
            start_after,
            limit,
        } => query::unbond_requests(deps, address, start_after, limit),
    },
}

#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, env: Env, reply: Reply) -> Result<Response, ContractError> {
    crate::reply::reply(deps, env, reply)
}
