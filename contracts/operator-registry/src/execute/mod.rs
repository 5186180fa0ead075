mod register;
mod status;
mod update_operator;

pub use register::register;
pub use status::{approve, jail, remove};
pub use update_operator::update_operator;

use cosmwasm_std::{Storage, Uint64};
use faro_types::operator_registry::{Operator, OperatorStatus, Services, MONIKER_LENGTH};

use crate::error::ContractError;
use crate::state::{HEAVY_WEIGHTS, OPERATORS, TOTAL_HEAVY_WEIGHT};

fn validate_profile(moniker: &str, services: Services) -> Result<(), ContractError> {
    if !MONIKER_LENGTH.contains(&moniker.chars().count()) {
        return Err(ContractError::InvalidMoniker);
    }
    if !services.heavy && !services.light {
        return Err(ContractError::NoServices);
    }
    Ok(())
}

fn load_operator(storage: &dyn Storage, valoper: &str) -> Result<Operator, ContractError> {
    OPERATORS
        .may_load(storage, valoper)?
        .ok_or_else(|| ContractError::OperatorNotFound {
            valoper: valoper.to_string(),
        })
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
