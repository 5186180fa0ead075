use cosmwasm_std::{DepsMut, Env, Reply, Response};
use faro_types::operator_registry::{ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::error::ContractError;
use crate::{config, execute, query, reply, state};

faro_types::entry_points! {
    error: ContractError,
    instantiate: InstantiateMsg => config::from_instantiate, state::CONFIG,
    execute: |deps, env, info, msg: ExecuteMsg| {
        ExecuteMsg::Register(registration) => execute::register(deps, env, info, registration),
        ExecuteMsg::UpdateOperator(update) => execute::update_operator(deps, env, info, update),
        ExecuteMsg::PostBond { valoper } => execute::post_bond(deps, info, valoper),
        ExecuteMsg::Exit { valoper } => execute::exit(deps, env, info, valoper),
        ExecuteMsg::ClaimBond { valoper } => execute::claim_bond(deps, env, info, valoper),
        ExecuteMsg::Penalise { valoper, amount } => execute::penalise(deps, info, valoper, amount),
        ExecuteMsg::SetLightScores { scores } => execute::set_light_scores(deps, info, scores),
        ExecuteMsg::Approve { valoper, weight } => execute::approve(deps, info, valoper, weight),
        ExecuteMsg::Jail { valoper } => execute::jail(deps, info, valoper),
        ExecuteMsg::Remove { valoper } => execute::remove(deps, info, valoper),
        ExecuteMsg::UpdateConfig(update) => execute::update_config(deps, info, update),
    },
    query: |deps, _env, msg: QueryMsg| {
        QueryMsg::Config {} => query::config(deps),
        QueryMsg::Oracle {} => query::oracle(deps),
        QueryMsg::Operator { valoper } => query::operator(deps, valoper),
        QueryMsg::Operators { start_after, limit } => query::operators(deps, start_after, limit),
        QueryMsg::HeavyWeights { start_after, limit } => {
            query::heavy_weights(deps, start_after, limit)
        },
        QueryMsg::LightLsts { start_after, limit } => query::light_lsts(deps, start_after, limit),
    },
}

/// The answers of the light LST instantiations, each sent with `reply_on_success`.
#[cfg_attr(not(feature = "library"), cosmwasm_std::entry_point)]
pub fn reply(deps: DepsMut, _env: Env, msg: Reply) -> Result<Response, ContractError> {
    match msg.id {
        reply::LIGHT_LST_REPLY => reply::light_lst_instantiated(deps, msg),
        id => Err(ContractError::UnknownReply { id }),
    }
}
