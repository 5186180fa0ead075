//! Phase 2 (`permissionless`): the bond, not the owner, decides whether an operator may be
//! active. In phase 1 none of these rules apply.

use cosmwasm_std::Uint128;
use faro_types::operator_registry::{Config, Operator, OperatorStatus, DEFAULT_WEIGHT};

use crate::error::ContractError;

/// In phase 2 no operator becomes or stays active with less than `min_bond`.
pub fn ensure_bonded(config: &Config, bond: Uint128) -> Result<(), ContractError> {
    if config.permissionless && bond < config.min_bond {
        return Err(ContractError::BondTooSmall {
            bond,
            min: config.min_bond,
        });
    }
    Ok(())
}

/// Phase 2: a pending operator whose bond reaches `min_bond` becomes active with
/// [`DEFAULT_WEIGHT`]. Jailed and exiting operators are left as they are.
pub fn self_activate(config: &Config, operator: &mut Operator) -> bool {
    let activates = config.permissionless
        && operator.status == OperatorStatus::Pending
        && operator.bond >= config.min_bond;
    if activates {
        operator.status = OperatorStatus::Active;
        operator.weight = DEFAULT_WEIGHT;
    }
    activates
}

/// Phase 2: an active operator whose bond fell below `min_bond` goes back to pending and
/// loses its weight until it bonds again.
pub fn fall_back(config: &Config, operator: &mut Operator) -> bool {
    let falls = config.permissionless
        && operator.status == OperatorStatus::Active
        && operator.bond < config.min_bond;
    if falls {
        operator.status = OperatorStatus::Pending;
        operator.weight = 0;
    }
    falls
}
