use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::operator_registry::{Operator, OperatorStatus, Registration, MAX_OPERATORS};

use super::{save_operator, validate_profile};
use crate::error::ContractError;
use crate::state::{OPERATORS, OPERATOR_COUNT};
use crate::valoper::ensure_controls;

pub fn register(
    deps: DepsMut,
    info: MessageInfo,
    registration: Registration,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let Registration {
        valoper,
        reward_address,
        moniker,
        services,
    } = registration;
    ensure_controls(deps.api, &deps.querier, &info.sender, &valoper)?;
    validate_profile(&moniker, services)?;
    if OPERATORS.has(deps.storage, &valoper) {
        return Err(ContractError::AlreadyRegistered { valoper });
    }
    let count = OPERATOR_COUNT.may_load(deps.storage)?.unwrap_or_default();
    if count >= MAX_OPERATORS {
        return Err(ContractError::TooManyOperators { max: MAX_OPERATORS });
    }
    let operator = Operator {
        valoper,
        account: info.sender,
        reward_address: deps.api.addr_validate(&reward_address)?,
        moniker,
        services,
        status: OperatorStatus::Pending,
        weight: 0,
    };
    save_operator(deps.storage, &operator)?;
    OPERATOR_COUNT.save(deps.storage, &(count + 1))?;
    Ok(Response::new()
        .add_attribute("action", "register")
        .add_attribute("valoper", operator.valoper)
        .add_attribute("moniker", operator.moniker))
}
