use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::operator_registry::ConfigUpdate;

use crate::config;
use crate::error::ContractError;
use crate::state::CONFIG;

/// Owner only. Operators are not re-sorted here: a new phase, minimum bond or leverage
/// applies to each operator at its next bond change, while the caps in `HeavyWeights`
/// follow the configuration at once.
pub fn update_config(
    deps: DepsMut,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    let current = CONFIG.load(deps.storage)?;
    let (config, changed) = config::apply_update(deps.api, current, update)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attributes(changed))
}
