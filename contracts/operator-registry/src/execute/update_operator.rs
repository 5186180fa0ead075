use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::operator_registry::OperatorUpdate;

use super::{load_operator, save_operator, validate_profile};
use crate::error::ContractError;

pub fn update_operator(
    deps: DepsMut,
    info: MessageInfo,
    update: OperatorUpdate,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let valoper = update.valoper;
    let mut operator = load_operator(deps.storage, &valoper)?;
    if operator.account != info.sender {
        return Err(ContractError::NotValidatorAccount { valoper });
    }
    if let Some(reward_address) = update.reward_address {
        operator.reward_address = deps.api.addr_validate(&reward_address)?;
    }
    if let Some(moniker) = update.moniker {
        operator.moniker = moniker;
    }
    if let Some(services) = update.services {
        operator.services = services;
    }
    validate_profile(&operator.moniker, operator.services)?;
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "update_operator")
        .add_attribute("valoper", valoper))
}
