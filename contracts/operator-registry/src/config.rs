use cosmwasm_std::{Api, Attribute};
use faro_types::bounds;
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
    mut config: Config,
    update: ConfigUpdate,
) -> Result<(Config, Vec<Attribute>), ContractError> {
    let mut changed = vec![];
    if let Some(permissionless) = update.permissionless {
        config.permissionless = permissionless;
        changed.push(Attribute::new("permissionless", permissionless.to_string()));
    }
    if let Some(min_bond) = update.min_bond {
        config.min_bond = min_bond;
        changed.push(Attribute::new("min_bond", min_bond));
    }
    if let Some(max_leverage) = update.max_leverage {
        config.max_leverage = max_leverage;
        changed.push(Attribute::new("max_leverage", max_leverage.to_string()));
    }
    if let Some(max_commission) = update.max_commission {
        config.max_commission = max_commission;
        changed.push(Attribute::new("max_commission", max_commission.to_string()));
    }
    if let Some(exit_period) = update.exit_period {
        config.exit_period = exit_period;
        changed.push(Attribute::new("exit_period", exit_period.to_string()));
    }
    if let Some(treasury) = update.treasury {
        config.treasury = api.addr_validate(&treasury)?;
        changed.push(Attribute::new("treasury", config.treasury.as_str()));
    }
    if let Some(oracle) = update.oracle {
        let oracle = api.addr_validate(&oracle)?;
        changed.push(Attribute::new("oracle", oracle.as_str()));
        config.oracle = Some(oracle);
    }
    if let Some(code_id) = update.light_lst_code_id {
        config.light_lst_code_id = code_id;
        changed.push(Attribute::new("light_lst_code_id", code_id.to_string()));
    }
    validate(&config)?;
    Ok((config, changed))
}

fn validate(config: &Config) -> Result<(), ContractError> {
    validate_native_denom(&config.bond_denom)?;
    bounds::non_zero("min_bond", config.min_bond)?;
    bounds::non_zero("max_leverage", config.max_leverage)?;
    bounds::at_most("max_leverage", config.max_leverage, MAX_LEVERAGE_BOUND)?;
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
