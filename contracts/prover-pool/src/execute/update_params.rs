//! UpdateParams: an active prover changes its reward per gas and capacity, at most once
//! per `PARAMS_COOLDOWN`. Blocks already assigned keep the R′ fixed on them; a capacity
//! below the blocks in flight leaves no capacity until enough of them settle.

use cosmwasm_std::{Decimal, DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::prover_pool::PARAMS_COOLDOWN;

use super::validate_params;
use crate::error::ContractError;
use crate::provers;
use crate::state::{CONFIG, PROVERS};

pub fn update_params(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    reward_per_gas: Decimal,
    capacity: u32,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let mut prover = provers::load_active(deps.storage, &info.sender)?;
    let next_at = prover.params_set_at.plus_seconds(PARAMS_COOLDOWN);
    if env.block.time < next_at {
        return Err(ContractError::ParamsCooldown { next_at });
    }
    validate_params(&config, reward_per_gas, capacity, prover.stake)?;
    prover.reward_per_gas = reward_per_gas;
    prover.capacity = capacity;
    prover.params_set_at = env.block.time;
    PROVERS.save(deps.storage, &info.sender, &prover)?;
    Ok(Response::new()
        .add_attribute("action", "update_params")
        .add_attribute("prover", info.sender)
        .add_attribute("reward_per_gas", reward_per_gas.to_string())
        .add_attribute("capacity", capacity.to_string()))
}
