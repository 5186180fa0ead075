//! Stake: a new prover joins the active set, or an active one tops its stake up with the
//! parameters it already has (changing them is `UpdateParams`, under its cooldown).

use cosmwasm_std::{Addr, Decimal, DepsMut, Env, Response, Uint128};
use faro_types::prover_pool::{Config, Prover, ProverStatus};

use super::validate_params;
use crate::error::ContractError;
use crate::provers;
use crate::state::{POOL, PROVERS};

pub fn stake(
    deps: DepsMut,
    env: Env,
    config: &Config,
    staker: Addr,
    amount: Uint128,
    reward_per_gas: Decimal,
    capacity: u32,
) -> Result<Response, ContractError> {
    let mut pool = POOL.load(deps.storage)?;
    pool.total_stake = pool.total_stake.checked_add(amount)?;
    let mut response = Response::new()
        .add_attribute("action", "stake")
        .add_attribute("prover", &staker)
        .add_attribute("amount", amount);
    match PROVERS.may_load(deps.storage, &staker)? {
        Some(mut prover) => {
            if prover.status != ProverStatus::Active {
                return Err(ContractError::ProverExiting { address: staker });
            }
            if (prover.reward_per_gas, prover.capacity) != (reward_per_gas, capacity) {
                return Err(ContractError::ParamsMismatch {
                    reward_per_gas: prover.reward_per_gas,
                    capacity: prover.capacity,
                });
            }
            prover.stake = prover.stake.checked_add(amount)?;
            PROVERS.save(deps.storage, &staker, &prover)?;
            response = response.add_attribute("stake", prover.stake);
        }
        None => {
            validate_params(config, reward_per_gas, capacity, amount)?;
            let prover = Prover {
                address: staker,
                record: pool.next_record,
                stake: amount,
                reward_per_gas,
                capacity,
                in_flight: 0,
                params_set_at: env.block.time,
                status: ProverStatus::Active,
            };
            pool.next_record = pool.next_record.checked_add(1).ok_or_else(|| {
                cosmwasm_std::OverflowError::new(cosmwasm_std::OverflowOperation::Add)
            })?;
            response = response
                .add_attribute("stake", prover.stake)
                .add_attribute("record", prover.record.to_string());
            if let Some(evicted) = provers::join(deps.storage, &prover, env.block.time)? {
                response = response
                    .add_attribute("evicted", evicted.address)
                    .add_attribute("evicted_stake", evicted.stake);
            }
        }
    }
    POOL.save(deps.storage, &pool)?;
    Ok(response)
}
