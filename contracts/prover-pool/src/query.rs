use cosmwasm_std::{Deps, StdError, StdResult, Uint128, Uint256};
use faro_types::pagination::{page, page_size};
use faro_types::prover_pool::{
    ActiveProver, ActiveSetResponse, Block, BlocksResponse, Config, DebtsResponse, PoolResponse,
    ProverResponse, ProverStatus, ProversResponse,
};

use crate::math::{self, MathError};
use crate::provers;
use crate::state::{ACTIVE, BLOCKS, CONFIG, DEBTS, POOL, PROVERS};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn pool(deps: Deps) -> StdResult<PoolResponse> {
    let pool = POOL.load(deps.storage)?;
    let active = ACTIVE.may_load(deps.storage)?.unwrap_or_default();
    Ok(PoolResponse {
        fee_per_gas: pool.fee_per_gas,
        average_proof_delay: pool.average_proof_delay,
        proof_window: math::proof_window(pool.average_proof_delay),
        total_stake: pool.total_stake,
        active_provers: active.len() as u32,
        open_blocks: pool.open_blocks,
        escrowed: pool.escrowed,
        deposits: pool.deposits,
        reserve: pool.reserve,
        owed: pool.owed,
    })
}

/// The whole set (at most `ACTIVE_SET_SIZE`) is read for the total weight; the page is
/// taken from it in address order.
pub fn active_set(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<ActiveSetResponse> {
    let fee_per_gas = POOL.load(deps.storage)?.fee_per_gas;
    let mut total_weight = Uint256::zero();
    let mut rest = vec![];
    for prover in provers::active(deps.storage).map_err(to_std)? {
        let weight = provers::weight(&prover, fee_per_gas).map_err(math_to_std)?;
        total_weight = total_weight.checked_add(weight)?;
        if start_after
            .as_deref()
            .is_some_and(|after| prover.address.as_str() <= after)
        {
            continue;
        }
        rest.push(ActiveProver {
            reward_per_gas: math::clamp_reward(prover.reward_per_gas, fee_per_gas)
                .map_err(math_to_std)?,
            available: provers::available(&prover),
            address: prover.address,
            stake: prover.stake,
            capacity: prover.capacity,
            weight,
        });
    }
    // At most 32 entries: picking the least address each time is enough.
    let mut provers = vec![];
    while provers.len() < page_size(limit) {
        let least = (0..rest.len()).min_by(|&a, &b| rest[a].address.cmp(&rest[b].address));
        let Some(index) = least else { break };
        provers.push(rest.swap_remove(index));
    }
    Ok(ActiveSetResponse {
        provers,
        total_weight,
        fee_per_gas,
    })
}

pub fn prover(deps: Deps, address: String) -> StdResult<Option<ProverResponse>> {
    let Some(prover) = PROVERS.may_load(deps.storage, &deps.api.addr_validate(&address)?)? else {
        return Ok(None);
    };
    let fee_per_gas = POOL.load(deps.storage)?.fee_per_gas;
    let weight = match prover.status {
        ProverStatus::Active => provers::weight(&prover, fee_per_gas).map_err(math_to_std)?,
        ProverStatus::Exiting { .. } => Uint256::zero(),
    };
    Ok(Some(ProverResponse {
        available: provers::available(&prover),
        weight,
        prover,
    }))
}

pub fn provers(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<ProversResponse> {
    let start = start_after
        .map(|address| deps.api.addr_validate(&address))
        .transpose()?;
    let provers = page(deps.storage, &PROVERS, start.as_ref(), limit)?
        .into_iter()
        .map(|(_, prover)| prover)
        .collect();
    Ok(ProversResponse { provers })
}

pub fn block(deps: Deps, block_id: u64) -> StdResult<Option<Block>> {
    BLOCKS.may_load(deps.storage, block_id)
}

pub fn blocks(
    deps: Deps,
    start_after: Option<u64>,
    limit: Option<u32>,
) -> StdResult<BlocksResponse> {
    let blocks = page(deps.storage, &BLOCKS, start_after, limit)?
        .into_iter()
        .map(|(_, block)| block)
        .collect();
    Ok(BlocksResponse { blocks })
}

pub fn fee_deposit(deps: Deps, address: String) -> StdResult<Uint128> {
    crate::funds::deposit_of(deps.storage, &deps.api.addr_validate(&address)?)
}

pub fn debts(deps: Deps, start_after: Option<u64>, limit: Option<u32>) -> StdResult<DebtsResponse> {
    let debts = page(deps.storage, &DEBTS, start_after, limit)?
        .into_iter()
        .map(|(_, debt)| debt)
        .collect();
    Ok(DebtsResponse {
        debts,
        total: POOL.load(deps.storage)?.owed,
    })
}

fn math_to_std(err: MathError) -> StdError {
    StdError::generic_err(err.to_string())
}

fn to_std(err: crate::error::ContractError) -> StdError {
    StdError::generic_err(err.to_string())
}
