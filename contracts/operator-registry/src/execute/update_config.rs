use cosmwasm_std::{Attribute, DepsMut, MessageInfo, Order, Response, StdResult, Storage};
use faro_types::config_update;
use faro_types::operator_registry::{Config, ConfigUpdate, Operator};

use super::save_operator;
use crate::config;
use crate::error::ContractError;
use crate::phase;
use crate::state::{CONFIG, OPERATORS};

/// Owner only. The switch to phase 2, or a new `min_bond` in phase 2, sorts every operator
/// at once ([`sort_operators`]), so that an operator is active exactly while its bond
/// covers the minimum; the caps in `HeavyWeights` follow `max_leverage` at once.
pub fn update_config(
    deps: DepsMut,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    config_update::update_config(deps, &info, &CONFIG, |deps, config| {
        let before = (config.permissionless, config.min_bond);
        let mut attributes = config::apply_update(deps.api, config, update)?;
        if config.permissionless && before != (config.permissionless, config.min_bond) {
            let (deactivated, activated) = sort_operators(deps.storage, config)?;
            attributes.push(Attribute::new("deactivated", deactivated.to_string()));
            attributes.push(Attribute::new("activated", activated.to_string()));
        }
        Ok(attributes)
    })
}

/// Phase 2 applied to every operator (at most `MAX_OPERATORS`): an active operator bonded
/// below `min_bond` goes back to pending, a pending one bonded at least `min_bond` becomes
/// active. Returns how many did each.
fn sort_operators(
    storage: &mut dyn Storage,
    config: &Config,
) -> Result<(usize, usize), ContractError> {
    let operators = OPERATORS
        .range(storage, None, None, Order::Ascending)
        .map(|entry| entry.map(|(_, operator)| operator))
        .collect::<StdResult<Vec<Operator>>>()?;
    let (mut deactivated, mut activated) = (vec![], vec![]);
    for mut operator in operators {
        if phase::fall_back(config, &mut operator) {
            deactivated.push(operator);
        } else if phase::self_activate(config, &mut operator) {
            activated.push(operator);
        }
    }
    for operator in deactivated.iter().chain(&activated) {
        save_operator(storage, operator)?;
    }
    Ok((deactivated.len(), activated.len()))
}
