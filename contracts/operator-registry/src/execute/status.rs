//! The owner's decisions on the operator set.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::bounds;
use faro_types::operator_registry::{OperatorStatus, MAX_WEIGHT};
use faro_types::ownership::owner_only;

use super::{drop_operator, load_operator, save_operator};
use crate::error::ContractError;
use crate::phase;
use crate::state::CONFIG;

/// Activates a pending or jailed operator with `weight`, or sets an active one's weight.
/// In phase 2 the owner, too, activates only operators bonded at least `min_bond`.
pub fn approve(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
    weight: u64,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    bounds::non_zero("weight", weight)?;
    bounds::at_most("weight", weight, MAX_WEIGHT)?;
    let config = CONFIG.load(deps.storage)?;
    let mut operator = load_operator(deps.storage, &valoper)?;
    if operator.status == OperatorStatus::Exiting {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "approve",
        });
    }
    phase::ensure_bonded(&config, operator.bond)?;
    operator.status = OperatorStatus::Active;
    operator.weight = weight;
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "approve")
        .add_attribute("valoper", valoper)
        .add_attribute("weight", weight.to_string()))
}

pub fn jail(deps: DepsMut, info: MessageInfo, valoper: String) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let mut operator = load_operator(deps.storage, &valoper)?;
    if operator.status != OperatorStatus::Active {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "jail",
        });
    }
    operator.status = OperatorStatus::Jailed;
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "jail")
        .add_attribute("valoper", valoper))
}

/// Takes the operator out at once, whatever its status, and returns its bond.
pub fn remove(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let config = CONFIG.load(deps.storage)?;
    let operator = load_operator(deps.storage, &valoper)?;
    let refund = drop_operator(deps.storage, &operator, &config.bond_denom)?;
    Ok(Response::new()
        .add_attribute("action", "remove")
        .add_attribute("valoper", valoper)
        .add_attribute("bond_returned", operator.bond)
        .add_messages(refund))
}
