use cosmwasm_std::Api;
use faro_types::denom::validate_native_denom;
use faro_types::liquid::LsmModule;
use faro_types::lsm_tokenizer::{Config, InstantiateMsg};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    validate_native_denom(&msg.denom)?;
    Ok(Config {
        hub: api.addr_validate(&msg.hub)?,
        denom: msg.denom.clone(),
        lsm_module: msg.lsm_module,
    })
}

/// The module's name as it is serialized, for attributes.
pub fn module_name(module: LsmModule) -> &'static str {
    match module {
        LsmModule::GaiaLiquid => "gaia_liquid",
        LsmModule::SdkStaking => "sdk_staking",
    }
}
