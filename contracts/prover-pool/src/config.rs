//! Turns the instantiate message and the owner's updates into a validated `Config`; both
//! go through the same bounds.

use cosmwasm_std::{Api, Attribute};
use faro_types::bounds;
use faro_types::denom::validate_native_denom;
use faro_types::prover_pool::{
    Config, ConfigUpdate, InstantiateMsg, MAX_PROOF_WINDOW, MIN_SLASH_REWARD_MULTIPLE,
};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    let config = Config {
        stake_token: api.addr_validate(&msg.stake_token)?,
        fee_denom: msg.fee_denom.clone(),
        treasury: api.addr_validate(&msg.treasury)?,
        relayer: api.addr_validate(&msg.relayer)?,
        min_capacity: msg.min_capacity,
        min_stake_per_capacity: msg.min_stake_per_capacity,
        initial_fee_per_gas: msg.initial_fee_per_gas,
        initial_proof_delay: msg.initial_proof_delay,
        max_open_blocks: msg.max_open_blocks,
        slash_fraction: msg.slash_fraction,
        slash_reward_multiple: msg.slash_reward_multiple,
    };
    validate(&config)?;
    Ok(config)
}

/// The configuration with each given field replaced, and the attributes naming the new
/// values. Nothing is saved here: a bad field fails the whole update.
pub fn apply_update(
    api: &dyn Api,
    mut config: Config,
    update: ConfigUpdate,
) -> Result<(Config, Vec<Attribute>), ContractError> {
    let mut changed = vec![];
    if let Some(relayer) = update.relayer {
        config.relayer = api.addr_validate(&relayer)?;
        changed.push(Attribute::new("relayer", config.relayer.as_str()));
    }
    if let Some(treasury) = update.treasury {
        config.treasury = api.addr_validate(&treasury)?;
        changed.push(Attribute::new("treasury", config.treasury.as_str()));
    }
    if let Some(min_capacity) = update.min_capacity {
        config.min_capacity = min_capacity;
        changed.push(Attribute::new("min_capacity", min_capacity.to_string()));
    }
    if let Some(minimum) = update.min_stake_per_capacity {
        config.min_stake_per_capacity = minimum;
        changed.push(Attribute::new("min_stake_per_capacity", minimum));
    }
    if let Some(max_open_blocks) = update.max_open_blocks {
        config.max_open_blocks = max_open_blocks;
        changed.push(Attribute::new(
            "max_open_blocks",
            max_open_blocks.to_string(),
        ));
    }
    if let Some(fraction) = update.slash_fraction {
        config.slash_fraction = fraction;
        changed.push(Attribute::new("slash_fraction", fraction.to_string()));
    }
    if let Some(multiple) = update.slash_reward_multiple {
        config.slash_reward_multiple = multiple;
        changed.push(Attribute::new(
            "slash_reward_multiple",
            multiple.to_string(),
        ));
    }
    validate(&config)?;
    Ok((config, changed))
}

fn validate(config: &Config) -> Result<(), ContractError> {
    validate_native_denom(&config.fee_denom)?;
    bounds::non_zero("min_capacity", config.min_capacity)?;
    bounds::non_zero("min_stake_per_capacity", config.min_stake_per_capacity)?;
    bounds::non_zero("initial_fee_per_gas", config.initial_fee_per_gas)?;
    bounds::non_zero("initial_proof_delay", config.initial_proof_delay)?;
    bounds::at_most(
        "initial_proof_delay",
        config.initial_proof_delay,
        MAX_PROOF_WINDOW,
    )?;
    bounds::non_zero("max_open_blocks", config.max_open_blocks)?;
    bounds::non_zero("slash_fraction", config.slash_fraction)?;
    bounds::share("slash_fraction", config.slash_fraction)?;
    bounds::non_zero("slash_reward_multiple", config.slash_reward_multiple)?;
    bounds::at_least(
        "slash_reward_multiple",
        config.slash_reward_multiple,
        MIN_SLASH_REWARD_MULTIPLE,
    )?;
    Ok(())
}
