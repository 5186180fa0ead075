use cosmwasm_std::{DepsMut, MessageInfo, Response, Uint128};
use cw_utils::{must_pay, PaymentError};
use faro_types::operator_registry::OperatorStatus;

use super::{load_own_operator, save_operator, status_name};
use crate::error::ContractError;
use crate::phase;
use crate::state::CONFIG;

/// The bond attached to a message that may carry one: nothing, or `bond_denom` alone.
pub(super) fn attached(info: &MessageInfo, bond_denom: &str) -> Result<Uint128, PaymentError> {
    if info.funds.is_empty() {
        return Ok(Uint128::zero());
    }
    must_pay(info, bond_denom)
}

pub fn post_bond(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let amount = must_pay(&info, &config.bond_denom)?;
    let mut operator = load_own_operator(deps.storage, &info.sender, &valoper)?;
    if operator.status == OperatorStatus::Exiting {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "post a bond",
        });
    }
    operator.bond = operator.bond.checked_add(amount)?;
    phase::self_activate(&config, &mut operator);
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "post_bond")
        .add_attribute("valoper", valoper)
        .add_attribute("amount", amount)
        .add_attribute("bond", operator.bond)
        .add_attribute("status", status_name(operator.status)))
}
