use cosmwasm_std::{Addr, Deps, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;
use faro_types::light_lst::Config;
use faro_types::operator_registry::RegistryContract;

use crate::error::ContractError;
use crate::state::{CONFIG, TOTALS};

/// The owner or the registry's oracle reports a penalty for bad light service; the
/// registry takes it from the operator's bond (capped at the bond). Holders' balances are
/// untouched.
pub fn penalise(
    deps: DepsMut,
    info: MessageInfo,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    ensure_reporter(deps.as_ref(), &config, &info.sender)?;
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let mut totals = TOTALS.load(deps.storage)?;
    totals.penalties_reported = totals.penalties_reported.checked_add(amount)?;
    TOTALS.save(deps.storage, &totals)?;
    let registry = RegistryContract(config.registry);
    Ok(Response::new()
        .add_message(registry.penalise_msg(&config.operator, amount)?)
        .add_attribute("action", "penalise")
        .add_attribute("operator", config.operator)
        .add_attribute("amount", amount)
        .add_attribute("by", info.sender)
        .add_attribute("penalties_reported", totals.penalties_reported))
}

/// The owner, or the oracle the registry names now (asked only when the sender is not
/// the owner).
fn ensure_reporter(deps: Deps, config: &Config, sender: &Addr) -> Result<(), ContractError> {
    if cw_ownable::is_owner(deps.storage, sender)? {
        return Ok(());
    }
    let registry = RegistryContract(config.registry.clone());
    if registry.oracle(&deps.querier)?.as_ref() == Some(sender) {
        return Ok(());
    }
    Err(ContractError::Unauthorized {
        sender: sender.clone(),
        action: "report a penalty",
    })
}
