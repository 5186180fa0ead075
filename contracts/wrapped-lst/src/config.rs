use cosmwasm_std::Api;
use faro_types::wrapped_lst::{Config, InstantiateMsg};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    msg.token.validate()?;
    Ok(Config {
        heavy_lst: api.addr_validate(&msg.heavy_lst)?,
        token: msg.token.clone(),
    })
}
