//! Turns the instantiate message and owner updates into a validated `Config`.

use cosmwasm_std::{Api, Attribute};
use faro_types::bounds;
use faro_types::denom::validate_native_denom;
use faro_types::hub::{
    Config, ConfigUpdate, FeeConfig, InstantiateMsg, MAX_EXIT_FEE, MAX_LIGHT_BUDGET,
    MAX_PROTOCOL_FEE, MAX_UNBONDING_ENTRIES,
};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    validate_native_denom(&msg.denom)?;
    bounds::non_zero("unbonding_period", msg.unbonding_period)?;
    let config = Config {
        denom: msg.denom.clone(),
        heavy_lst: api.addr_validate(&msg.heavy_lst)?,
        tokenizer: api.addr_validate(&msg.tokenizer)?,
        registry: api.addr_validate(&msg.registry)?,
        treasury: api.addr_validate(&msg.treasury)?,
        epoch_period: msg.epoch_period,
        unbonding_period: msg.unbonding_period,
        fees: msg.fees.clone(),
        light_budget: msg.light_budget,
        oracle: None,
    };
    validate_figures(&config)?;
    Ok(config)
}

pub fn apply_update(
    api: &dyn Api,
    config: &mut Config,
    update: ConfigUpdate,
) -> Result<(), ContractError> {
    if let Some(treasury) = update.treasury {
        config.treasury = api.addr_validate(&treasury)?;
    }
    if let Some(epoch_period) = update.epoch_period {
        config.epoch_period = epoch_period;
    }
    if let Some(fees) = update.fees {
        config.fees = fees;
    }
    if let Some(light_budget) = update.light_budget {
        config.light_budget = light_budget;
    }
    if let Some(oracle) = update.oracle {
        config.oracle = Some(api.addr_validate(&oracle)?);
    }
    validate_figures(config)
}

/// The attributes an update answers with: the figures as they now stand.
pub fn figures(config: &Config) -> Vec<Attribute> {
    vec![
        Attribute::new("protocol_fee", config.fees.protocol_fee.to_string()),
        Attribute::new("exit_fee", config.fees.exit_fee.to_string()),
        Attribute::new("light_budget", config.light_budget.to_string()),
        Attribute::new("epoch_period", config.epoch_period.to_string()),
    ]
}

fn validate_figures(config: &Config) -> Result<(), ContractError> {
    bounds::at_least(
        "epoch_period",
        config.epoch_period,
        min_epoch_period(config.unbonding_period),
    )?;
    validate_fees(&config.fees)?;
    bounds::at_most("light_budget", config.light_budget, MAX_LIGHT_BUDGET)?;
    Ok(())
}

fn validate_fees(fees: &FeeConfig) -> Result<(), ContractError> {
    bounds::at_most("protocol_fee", fees.protocol_fee, MAX_PROTOCOL_FEE)?;
    bounds::at_most("exit_fee", fees.exit_fee, MAX_EXIT_FEE)?;
    let cuts = fees.operator_share.checked_add(fees.insurance_share)?;
    bounds::share("operator_share + insurance_share", cuts)?;
    Ok(())
}

/// One unbonding batch per epoch must never exceed the chain's seven entries per
/// delegator–validator pair within an unbonding period.
fn min_epoch_period(unbonding_period: u64) -> u64 {
    unbonding_period.div_ceil(MAX_UNBONDING_ENTRIES)
}
