//! Withdraw: once its exit delay is over and every block assigned to it has settled, an
//! exiting prover takes its remaining stake back and its record leaves the pool. Waiting
//! for the blocks keeps the stake there for a slash a late proof may bring; it costs one
//! read, where slashing overdue blocks here would need to find them.

use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::prover_pool::ProverStatus;

use super::transfer_stake;
use crate::error::ContractError;
use crate::provers;
use crate::state::{CONFIG, POOL, PROVERS};

pub fn withdraw(deps: DepsMut, env: Env, info: MessageInfo) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let prover = provers::load(deps.storage, &info.sender)?;
    let ProverStatus::Exiting { unlock_at } = prover.status else {
        return Err(ContractError::NotExiting {
            address: info.sender,
        });
    };
    if env.block.time < unlock_at {
        return Err(ContractError::ExitLocked { unlock_at });
    }
    if prover.in_flight > 0 {
        return Err(ContractError::BlocksInFlight {
            address: info.sender,
            in_flight: prover.in_flight,
        });
    }
    let config = CONFIG.load(deps.storage)?;
    let mut pool = POOL.load(deps.storage)?;
    pool.total_stake = pool.total_stake.checked_sub(prover.stake)?;
    POOL.save(deps.storage, &pool)?;
    PROVERS.remove(deps.storage, &info.sender);
    // Records with no stake are removed when slashed to zero, so there is always some.
    let transfer = transfer_stake(&config, &info.sender, prover.stake)?;
    Ok(Response::new()
        .add_message(transfer)
        .add_attribute("action", "withdraw")
        .add_attribute("prover", info.sender)
        .add_attribute("amount", prover.stake))
}
