//! The owner's decisions on the operator set (phase 1).

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::bounds;
use faro_types::operator_registry::{OperatorStatus, MAX_WEIGHT};

use super::{load_operator, save_operator, set_heavy_weight};
use crate::error::ContractError;
use crate::state::{OPERATORS, OPERATOR_COUNT};

pub fn approve(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
    weight: u64,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    bounds::non_zero("weight", weight)?;
    bounds::at_most("weight", weight, MAX_WEIGHT)?;
    let mut operator = load_operator(deps.storage, &valoper)?;
    if operator.status == OperatorStatus::Active {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "approve",
        });
    }
    operator.status = OperatorStatus::Active;
    operator.weight = weight;
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "approve")
        .add_attribute("valoper", valoper)
        .add_attribute("weight", weight.to_string()))
}

pub fn jail(deps: DepsMut, info: MessageInfo, valoper: String) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
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

pub fn remove(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    load_operator(deps.storage, &valoper)?;
    set_heavy_weight(deps.storage, &valoper, 0)?;
    OPERATORS.remove(deps.storage, &valoper);
    // The operator just loaded is among those counted, so this never saturates.
    let count = OPERATOR_COUNT.load(deps.storage)?;
    OPERATOR_COUNT.save(deps.storage, &count.saturating_sub(1))?;
    Ok(Response::new()
        .add_attribute("action", "remove")
        .add_attribute("valoper", valoper))
}
