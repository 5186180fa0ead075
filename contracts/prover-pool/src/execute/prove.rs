//! ProveBlock: settle a block once, by one of three paths.
//!
//! - Assigned, in time: only the assigned prover may prove it within the window (as on
//!   L1, where the block is contestable only after it); paid `R′ × gas_used`; F and the
//!   average delay move toward this proof.
//! - Assigned, late: the actual prover is paid `1.5 × R′ × gas_used`, or `R′ × gas_used`
//!   if it is the assigned prover itself; the assigned prover is slashed.
//! - Open: the actual prover is paid `1.5 × R′ × gas_used`.
//!
//! Late and open proofs leave F and the average delay alone: they say nothing about what
//! the assigned provers ask or how fast they are.

use cosmwasm_std::{
    DepsMut, Env, MessageInfo, OverflowError, OverflowOperation, Response, Uint128,
};
use cw_utils::nonpayable;
use faro_types::prover_pool::{Outcome, Settlement};

use super::{ensure_reporter, transfer_stake};
use crate::error::ContractError;
use crate::state::{BLOCKS, CONFIG, POOL};
use crate::{funds, math, provers};

pub fn prove_block(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    block_id: u64,
    prover: String,
    proven_at: u64,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    ensure_reporter(deps.storage, &config, &info.sender)?;
    let prover = deps.api.addr_validate(&prover)?;
    let mut block = BLOCKS
        .may_load(deps.storage, block_id)?
        .ok_or(ContractError::UnknownBlock { block_id })?;
    if block.settlement.is_some() {
        return Err(ContractError::BlockSettled { block_id });
    }
    if proven_at < block.proposed_at {
        return Err(ContractError::ProofBeforeProposal {
            proven_at,
            proposed_at: block.proposed_at,
        });
    }
    let now = env.block.time.seconds();
    if proven_at > now {
        return Err(ContractError::ProofInFuture { proven_at, now });
    }
    let delay = proven_at - block.proposed_at;
    let outcome = match &block.assigned {
        None => Outcome::Open,
        Some(_) if delay > block.window => Outcome::Late,
        Some(assignment) if assignment.prover == prover => Outcome::InTime,
        Some(assignment) => {
            return Err(ContractError::NotAssigned {
                block_id,
                assigned: assignment.prover.clone(),
            })
        }
    };
    let reward = math::reward(block.reward_per_gas, block.gas_used)?;
    let own_block = block
        .assigned
        .as_ref()
        .is_some_and(|assignment| assignment.prover == prover);
    let payout = if own_block {
        reward
    } else {
        math::bonus_reward(block.reward_per_gas, block.gas_used)?
    };

    let mut pool = POOL.load(deps.storage)?;
    let mut response = Response::new();
    let mut slashed = Uint128::zero();
    if let Some(assignment) = &block.assigned {
        let late_reward = (outcome == Outcome::Late).then_some(reward);
        slashed = provers::release(
            deps.storage,
            &config,
            &mut pool,
            assignment,
            late_reward,
            env.block.time,
        )?;
        if !slashed.is_zero() {
            response = response.add_message(transfer_stake(&config, &config.treasury, slashed)?);
        }
    }
    match outcome {
        Outcome::InTime => {
            pool.fee_per_gas = math::next_fee_per_gas(pool.fee_per_gas, block.reward_per_gas)?;
            pool.average_proof_delay = math::next_average_delay(pool.average_proof_delay, delay)?;
        }
        Outcome::Open => {
            pool.open_blocks = pool
                .open_blocks
                .checked_sub(1)
                .ok_or_else(|| OverflowError::new(OverflowOperation::Sub))?;
        }
        Outcome::Late => {}
    }
    let (paid, messages) = funds::pay_out(
        deps.storage,
        &mut pool,
        &config.fee_denom,
        &prover,
        payout,
        block.fee,
    )?;
    POOL.save(deps.storage, &pool)?;
    block.settlement = Some(Settlement {
        prover: prover.clone(),
        proven_at,
        outcome,
        payout,
        paid,
        slashed,
    });
    BLOCKS.save(deps.storage, block_id, &block)?;
    Ok(response
        .add_messages(messages)
        .add_attribute("action", "prove_block")
        .add_attribute("block_id", block_id.to_string())
        .add_attribute("prover", prover)
        .add_attribute("outcome", outcome_name(outcome))
        .add_attribute("payout", payout)
        .add_attribute("paid", paid)
        .add_attribute("slashed", slashed)
        .add_attribute("fee_per_gas", pool.fee_per_gas.to_string()))
}

fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::InTime => "in_time",
        Outcome::Late => "late",
        Outcome::Open => "open",
    }
}
