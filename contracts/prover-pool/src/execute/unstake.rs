//! Unstake: the whole stake moves to the exit queue for `EXIT_DELAY`. It gets no new
//! blocks but stays liable for those already assigned, and cannot withdraw until they
//! have settled.

use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::prover_pool::ProverStatus;

use crate::error::ContractError;
use crate::provers;

pub fn unstake(deps: DepsMut, env: Env, info: MessageInfo) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let mut prover = provers::load_active(deps.storage, &info.sender)?;
    provers::leave(deps.storage, &mut prover, env.block.time)?;
    let mut response = Response::new()
        .add_attribute("action", "unstake")
        .add_attribute("prover", info.sender)
        .add_attribute("stake", prover.stake);
    if let ProverStatus::Exiting { unlock_at } = prover.status {
        response = response.add_attribute("unlock_at", unlock_at.seconds().to_string());
    }
    Ok(response)
}
