use cosmwasm_std::{Api, Attribute};
use faro_types::bounds;
use faro_types::config_update::Changes;
use faro_types::denom::validate_native_denom;
use faro_types::operator_registry::{
    Config, ConfigUpdate, InstantiateMsg, MAX_EXIT_PERIOD, MAX_LEVERAGE_BOUND,
};
use faro_types::token::MAX_DECIMALS;

use crate::error::ContractError;

/// The staking token's ticker, as it appears inside light LST symbols.
const TOKEN_SYMBOL_LENGTH: std::ops::RangeInclusive<usize> = 1..=10;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    let config = Config {
        bond_denom: msg.bond_denom.clone(),
        min_bond: msg.min_bond,
        max_leverage: msg.max_leverage,
        max_commission: msg.max_commission,
        exit_period: msg.exit_period,
        permissionless: msg.permissionless,
        treasury: api.addr_validate(&msg.treasury)?,
        oracle: msg
            .oracle
            .as_deref()
            .map(|oracle| api.addr_validate(oracle))
            .transpose()?,
        light_lst_code_id: msg.light_lst_code_id,
        token_symbol: msg.token_symbol.clone(),
        token_decimals: msg.token_decimals,
    };
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
    changes.set(
        "permissionless",
        &mut config.permissionless,
        update.permissionless,
    );
    changes.set("min_bond", &mut config.min_bond, update.min_bond);
    changes.set(
        "max_leverage",
        &mut config.max_leverage,
        update.max_leverage,
    );
    changes.set(
        "max_commission",
        &mut config.max_commission,
        update.max_commission,
    );
    changes.set("exit_period", &mut config.exit_period, update.exit_period);
    changes.set_addr(api, "treasury", &mut config.treasury, update.treasury)?;
    changes.set_optional_addr(api, "oracle", &mut config.oracle, update.oracle)?;
    changes.set(
        "light_lst_code_id",
        &mut config.light_lst_code_id,
        update.light_lst_code_id,
    );
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
