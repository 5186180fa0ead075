//! Turns the instantiate message and the owner's updates into a validated `Config`; both
//! go through the same bounds.

use cosmwasm_std::{Api, Attribute, Decimal};
use faro_types::bounds;
use faro_types::config_update::Changes;
use faro_types::denom::validate_native_denom;
use faro_types::prover_pool::{
    Config, ConfigUpdate, InstantiateMsg, MAX_PROOF_WINDOW, MIN_SLASH_REWARD_MULTIPLE,
};
use faro_types::set_fields;

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    let config = msg
        .config
        .clone()
        .try_map_addresses(|address| api.addr_validate(&address))?;
    validate(&config)?;
    Ok(config)
}

/// The configuration with each given field replaced, and the attributes naming the new
/// values. Nothing is saved here: a bad field fails the whole update. Nothing already
/// stored is revisited either: each change applies from the next action that reads it (see
/// the `prover_pool` module docs in `faro-types`).
pub fn apply_update(
    api: &dyn Api,
    config: &mut Config,
    update: ConfigUpdate,
) -> Result<Vec<Attribute>, ContractError> {
    let mut changes = Changes::default();
    changes.set_addr(api, "relayer", &mut config.relayer, update.relayer)?;
    changes.set_addr(api, "treasury", &mut config.treasury, update.treasury)?;
    set_fields! { changes, config, update:
        min_capacity, min_stake_per_capacity, max_open_blocks, slash_fraction, slash_reward_multiple
    }
    validate(config)?;
    Ok(changes.into_attributes())
}

fn validate(config: &Config) -> Result<(), ContractError> {
    validate_native_denom(&config.fee_denom)?;
    bounds::non_zero("min_capacity", config.min_capacity)?;
    bounds::non_zero("min_stake_per_capacity", config.min_stake_per_capacity)?;
    bounds::non_zero("initial_fee_per_gas", config.initial_fee_per_gas)?;
    bounds::positive_at_most(
        "initial_proof_delay",
        config.initial_proof_delay,
        MAX_PROOF_WINDOW,
    )?;
    bounds::non_zero("max_open_blocks", config.max_open_blocks)?;
    bounds::positive_at_most("slash_fraction", config.slash_fraction, Decimal::one())?;
    bounds::non_zero("slash_reward_multiple", config.slash_reward_multiple)?;
    bounds::at_least(
        "slash_reward_multiple",
        config.slash_reward_multiple,
        MIN_SLASH_REWARD_MULTIPLE,
    )?;
    Ok(())
}
