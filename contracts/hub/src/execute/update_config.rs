use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::hub::ConfigUpdate;
use faro_types::ownership::owner_only;

use crate::config::apply_update;
use crate::error::ContractError;
use crate::state::CONFIG;

pub fn update_config(
    deps: DepsMut,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let config = apply_update(deps.api, CONFIG.load(deps.storage)?, update)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attribute("protocol_fee", config.fees.protocol_fee.to_string())
        .add_attribute("exit_fee", config.fees.exit_fee.to_string())
        .add_attribute("light_budget", config.light_budget.to_string())
        .add_attribute("epoch_period", config.epoch_period.to_string()))
}
