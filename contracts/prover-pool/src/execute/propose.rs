//! ProposeBlock: escrow the proposer's fee and assign the block by weight.

use cosmwasm_std::{
    DepsMut, Env, HexBinary, MessageInfo, OverflowError, OverflowOperation, Response, Uint128,
    Uint256,
};
use cw_utils::must_pay;
use faro_types::prover_pool::{Assignment, Block};

use super::ensure_reporter;
use crate::error::ContractError;
use crate::funds::{deposit_of, set_deposit};
use crate::math::{self, MathError};
use crate::provers;
use crate::state::{BLOCKS, CONFIG, POOL, PROVERS};

pub fn propose_block(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    block_id: u64,
    parent_hash: HexBinary,
    gas_used: u64,
) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    ensure_reporter(deps.storage, &config, &info.sender)?;
    let attached = if info.funds.is_empty() {
        Uint128::zero()
    } else {
        must_pay(&info, &config.fee_denom)?
    };
    if gas_used == 0 {
        return Err(ContractError::ZeroGas);
    }
    if parent_hash.len() != 32 {
        return Err(ContractError::InvalidParentHash {
            length: parent_hash.len(),
        });
    }
    if BLOCKS.has(deps.storage, block_id) {
        return Err(ContractError::BlockExists { block_id });
    }
    let mut pool = POOL.load(deps.storage)?;
    let fee_per_gas = pool.fee_per_gas;
    let fee = math::fee(fee_per_gas, gas_used)?;
    let available = deposit_of(deps.storage, &info.sender)?.checked_add(attached)?;
    let deposit = available
        .checked_sub(fee)
        .map_err(|_| ContractError::InsufficientFees {
            needed: fee,
            available,
        })?;

    let candidates = provers::active(deps.storage)?;
    let weights = candidates
        .iter()
        .map(|prover| provers::weight(prover, fee_per_gas))
        .collect::<Result<Vec<Uint256>, MathError>>()?;
    let pick = math::select(&weights, math::seed(&parent_hash, block_id))?;
    let (assigned, reward_per_gas) = match pick.and_then(|index| candidates.get(index)) {
        Some(prover) => {
            let mut prover = prover.clone();
            let clamped = math::clamp_reward(prover.reward_per_gas, fee_per_gas)?;
            // Only a prover with capacity left has weight, so this stays within it.
            prover.in_flight = prover
                .in_flight
                .checked_add(1)
                .ok_or_else(|| OverflowError::new(OverflowOperation::Add))?;
            PROVERS.save(deps.storage, &prover.address, &prover)?;
            let assignment = Assignment {
                prover: prover.address,
                record: prover.record,
            };
            (Some(assignment), clamped)
        }
        None => {
            if pool.open_blocks >= config.max_open_blocks {
                return Err(ContractError::TooManyOpenBlocks {
                    max: config.max_open_blocks,
                });
            }
            pool.open_blocks += 1;
            (None, fee_per_gas)
        }
    };

    set_deposit(deps.storage, &info.sender, deposit)?;
    pool.deposits = pool.deposits.checked_add(attached)?.checked_sub(fee)?;
    pool.escrowed = pool.escrowed.checked_add(fee)?;
    POOL.save(deps.storage, &pool)?;
    let block = Block {
        block_id,
        proposer: info.sender,
        gas_used,
        proposed_at: env.block.time.seconds(),
        window: math::proof_window(pool.average_proof_delay),
        fee,
        reward_per_gas,
        assigned,
        settlement: None,
    };
    BLOCKS.save(deps.storage, block_id, &block)?;
    let assignee = block
        .assigned
        .as_ref()
        .map_or_else(|| "open".to_string(), |a| a.prover.to_string());
    Ok(Response::new()
        .add_attribute("action", "propose_block")
        .add_attribute("block_id", block_id.to_string())
        .add_attribute("assigned", assignee)
        .add_attribute("fee", fee)
        .add_attribute("reward_per_gas", reward_per_gas.to_string())
        .add_attribute("window", block.window.to_string()))
}
