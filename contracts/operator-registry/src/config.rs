use cosmwasm_std::{Api, Attribute};
use faro_types::bounds;
use faro_types::config_update::Changes;
use faro_types::denom::validate_native_denom;
use faro_types::operator_registry::{
    Config, ConfigUpdate, InstantiateMsg, MAX_EXIT_PERIOD, MAX_LEVERAGE_BOUND,
};
use faro_types::set_fields;
use faro_types::token::MAX_DECIMALS;

use crate::error::ContractError;

/// The staking token's ticker, as it appears inside light LST symbols.
const TOKEN_SYMBOL_LENGTH: std::ops::RangeInclusive<usize> = 1..=10;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    let config = msg
        .config
        .clone()
        .try_map_addresses(|address| api.addr_validate(&address))?;
    validate(&config)?;
    Ok(config)
}

/// The configuration with each given field replaced, and the attributes naming the new
/// values.
pub fn apply_update(
    api: &dyn Api,
    config: &mut Config,
    update: ConfigUpdate,
) -> Result<Vec<Attribute>, ContractError> {
    let mut changes = Changes::default();
    set_fields! { changes, config, update:
        permissionless, min_bond, max_leverage, max_commission, exit_period
    }
    changes.set_addr(api, "treasury", &mut config.treasury, update.treasury)?;
    changes.set_optional_addr(api, "oracle", &mut config.oracle, update.oracle)?;
    set_fields! { changes, config, update: light_lst_code_id }
    validate(config)?;
    Ok(changes.into_attributes())
}

fn validate(config: &Config) -> Result<(), ContractError> {
    validate_native_denom(&config.bond_denom)?;
    bounds::non_zero("min_bond", config.min_bond)?;
    bounds::positive_at_most("max_leverage", config.max_leverage, MAX_LEVERAGE_BOUND)?;
    bounds::share("max_commission", config.max_commission)?;
    bounds::at_most("exit_period", config.exit_period, MAX_EXIT_PERIOD)?;
    bounds::non_zero("light_lst_code_id", config.light_lst_code_id)?;
    let symbol = &config.token_symbol;
    if !TOKEN_SYMBOL_LENGTH.contains(&symbol.len())
        || !symbol.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(ContractError::InvalidTokenSymbol {
            symbol: symbol.clone(),
        });
    }
    bounds::at_most("token_decimals", config.token_decimals, MAX_DECIMALS)?;
    Ok(())
}
