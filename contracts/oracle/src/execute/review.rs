use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::oracle::{FinalReport, FinalStatus};
use faro_types::ownership::owner_only;

use crate::error::ContractError;
use crate::finalise;
use crate::state::{CONFIG, FINALS};

/// The owner applies a report held for exceeding the rate bound.
pub fn approve(deps: DepsMut, info: MessageInfo, epoch: u64) -> Result<Response, ContractError> {
    let mut held = load_pending(&deps, &info, epoch)?;
    let config = CONFIG.load(deps.storage)?;
    let lights = finalise::light_lsts(&deps.querier, &config, &held.report)?;
    held.status = FinalStatus::Applied;
    FINALS.save(deps.storage, epoch, &held)?;
    let msgs = finalise::apply(deps.storage, &config, &held.report, &lights)?;
    Ok(Response::new()
        .add_submessages(msgs)
        .add_attribute("action", "approve")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("hash", held.hash))
}

/// The owner drops a held report: its epoch stays final, nothing of it is applied.
pub fn reject(deps: DepsMut, info: MessageInfo, epoch: u64) -> Result<Response, ContractError> {
    let mut held = load_pending(&deps, &info, epoch)?;
    held.status = FinalStatus::Rejected;
    FINALS.save(deps.storage, epoch, &held)?;
    Ok(Response::new()
        .add_attribute("action", "reject")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("hash", held.hash))
}

fn load_pending(
    deps: &DepsMut,
    info: &MessageInfo,
    epoch: u64,
) -> Result<FinalReport, ContractError> {
    owner_only::<ContractError>(deps.storage, info)?;
    FINALS
        .may_load(deps.storage, epoch)?
        .filter(|held| matches!(held.status, FinalStatus::Pending))
        .ok_or(ContractError::NotPending { epoch })
}
