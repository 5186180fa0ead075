use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::dao::ConfigUpdate;

use crate::config::apply_update;
use crate::error::ContractError;
use crate::state::CONFIG;

/// Only an executed proposal, which runs as the DAO, changes the DAO's rules.
pub fn update_config(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    update: ConfigUpdate,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    if info.sender != env.contract.address {
        return Err(ContractError::NotDao {
            sender: info.sender.into_string(),
        });
    }
    let config = apply_update(CONFIG.load(deps.storage)?, update)?;
    CONFIG.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attribute("unstaking_period", config.unstaking_period.to_string())
        .add_attribute("voting_period", config.voting_period.to_string())
        .add_attribute("threshold", config.threshold.to_string())
        .add_attribute("quorum", config.quorum.to_string()))
}
