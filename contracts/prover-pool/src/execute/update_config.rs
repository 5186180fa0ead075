//! UpdateConfig: the owner changes the pool's parameters within the bounds instantiate
//! checks. Nothing already stored is revisited: each change applies from the next action
//! that reads it (see the `prover_pool` module docs in `faro-types`).

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::ownership::owner_only;
use faro_types::prover_pool::ConfigUpdate;

use crate::config;
use crate::error::ContractError;
use crate::state::CONFIG;

pub fn update_config(
    deps: DepsMut,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let current = CONFIG.load(deps.storage)?;
    let (config, changed) = config::apply_update(deps.api, current, update)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attributes(changed))
}
