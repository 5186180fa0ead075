use cosmwasm_std::{coins, BankMsg, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;
use faro_types::bounds;

use super::{load_operator, save_operator, status_name};
use crate::error::ContractError;
use crate::phase;
use crate::state::CONFIG;

/// Takes up to `amount` from the operator's bond, whatever its status, and pays it to the
/// treasury. Light LST holders never pay: a penalty beyond the bond is simply not taken.
pub fn penalise(
    deps: DepsMut,
    info: MessageInfo,
    valoper: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let mut operator = load_operator(deps.storage, &valoper)?;
    let sender = &info.sender;
    let allowed = cw_ownable::is_owner(deps.storage, sender)?
        || config.oracle.as_ref() == Some(sender)
        || operator.light_lst.as_ref() == Some(sender);
    if !allowed {
        return Err(ContractError::Unauthorized {
            sender: sender.to_string(),
        });
    }
    bounds::non_zero("amount", amount)?;

    let taken = amount.min(operator.bond);
    operator.bond = operator.bond.checked_sub(taken)?;
    phase::fall_back(&config, &mut operator);
    save_operator(deps.storage, &operator)?;
    let mut res = Response::new()
        .add_attribute("action", "penalise")
        .add_attribute("valoper", valoper)
        .add_attribute("requested", amount)
        .add_attribute("taken", taken)
        .add_attribute("bond_left", operator.bond)
        .add_attribute("status", status_name(operator.status));
    if !taken.is_zero() {
        res = res.add_message(BankMsg::Send {
            to_address: config.treasury.to_string(),
            amount: coins(taken.u128(), config.bond_denom),
        });
    }
    Ok(res)
}
