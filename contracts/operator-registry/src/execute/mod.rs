mod bond;
mod exit;
mod light_scores;
mod penalise;
mod register;
mod status;
mod update_config;
mod update_operator;

pub use bond::post_bond;
pub use exit::{claim_bond, exit};
pub use light_scores::set_light_scores;
pub use penalise::penalise;
pub use register::register;
pub use status::{approve, jail, remove};
pub use update_config::update_config;
pub use update_operator::update_operator;

use cosmwasm_std::{coins, Addr, BankMsg, OverflowError, OverflowOperation, Storage, Uint64};
use faro_types::operator_registry::{Operator, OperatorStatus, Services, MONIKER_LENGTH};

use crate::error::ContractError;
use crate::state::{HEAVY_WEIGHTS, OPERATORS, OPERATOR_COUNT, TOTAL_HEAVY_WEIGHT};

fn validate_profile(moniker: &str, services: Services) -> Result<(), ContractError> {
    if !MONIKER_LENGTH.contains(&moniker.chars().count()) {
        return Err(ContractError::InvalidMoniker);
    }
    if !services.heavy && !services.light {
        return Err(ContractError::NoServices);
    }
    Ok(())
}

/// The status as it is serialised, for attributes.
fn status_name(status: OperatorStatus) -> &'static str {
    match status {
        OperatorStatus::Pending => "pending",
        OperatorStatus::Active => "active",
        OperatorStatus::Jailed => "jailed",
        OperatorStatus::Exiting => "exiting",
    }
}

fn load_operator(storage: &dyn Storage, valoper: &str) -> Result<Operator, ContractError> {
    OPERATORS
        .may_load(storage, valoper)?
        .ok_or_else(|| ContractError::OperatorNotFound {
            valoper: valoper.to_string(),
        })
}

/// The operator, if `sender` is the validator account that registered it.
fn load_own_operator(
    storage: &dyn Storage,
    sender: &Addr,
    valoper: &str,
) -> Result<Operator, ContractError> {
    let operator = load_operator(storage, valoper)?;
    if operator.account != *sender {
        return Err(ContractError::NotValidatorAccount {
            valoper: valoper.to_string(),
        });
    }
    Ok(operator)
}

/// Saves `operator` and keeps its heavy weight in step: an operator holds a heavy weight
/// exactly while it is active and offers heavy services.
fn save_operator(storage: &mut dyn Storage, operator: &Operator) -> Result<(), ContractError> {
    let weight = match (operator.status, operator.services.heavy) {
        (OperatorStatus::Active, true) => operator.weight,
        _ => 0,
    };
    set_heavy_weight(storage, &operator.valoper, weight)?;
    OPERATORS.save(storage, &operator.valoper, operator)?;
    Ok(())
}

/// Takes `operator` out of the registry; its remaining bond, if any, goes back to its
/// account.
fn drop_operator(
    storage: &mut dyn Storage,
    operator: &Operator,
    bond_denom: &str,
) -> Result<Option<BankMsg>, ContractError> {
    set_heavy_weight(storage, &operator.valoper, 0)?;
    OPERATORS.remove(storage, &operator.valoper);
    let count = OPERATOR_COUNT
        .load(storage)?
        .checked_sub(1)
        .ok_or(OverflowError::new(OverflowOperation::Sub))?;
    OPERATOR_COUNT.save(storage, &count)?;
    Ok((!operator.bond.is_zero()).then(|| BankMsg::Send {
        to_address: operator.account.to_string(),
        amount: coins(operator.bond.u128(), bond_denom),
    }))
}

/// Sets one operator's heavy weight (zero: none) and the total with it.
fn set_heavy_weight(
    storage: &mut dyn Storage,
    valoper: &str,
    weight: u64,
) -> Result<(), ContractError> {
    let before = HEAVY_WEIGHTS
        .may_load(storage, valoper)?
        .unwrap_or_default();
    if weight == 0 {
        HEAVY_WEIGHTS.remove(storage, valoper);
    } else {
        HEAVY_WEIGHTS.save(storage, valoper, &weight)?;
    }
    let total = Uint64::new(TOTAL_HEAVY_WEIGHT.may_load(storage)?.unwrap_or_default());
    let total = total
        .checked_sub(before.into())?
        .checked_add(weight.into())?;
    TOTAL_HEAVY_WEIGHT.save(storage, &total.u64())?;
    Ok(())
}
