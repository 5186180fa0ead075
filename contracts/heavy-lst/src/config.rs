use cosmwasm_std::Api;
use faro_types::heavy_lst::{Config, InstantiateMsg};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    msg.token.validate()?;
    Ok(Config {
        hub: api.addr_validate(&msg.hub)?,
        token: msg.token.clone(),
    })
}
