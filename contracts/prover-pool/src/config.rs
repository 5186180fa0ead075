use cosmwasm_std::Api;
use faro_types::bounds;
use faro_types::denom::validate_native_denom;
use faro_types::prover_pool::{
    Config, InstantiateMsg, MAX_PROOF_WINDOW, MIN_SLASH_REWARD_MULTIPLE,
};

use crate::error::ContractError;

pub fn from_instantiate(api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    validate_native_denom(&msg.fee_denom)?;
    bounds::non_zero("min_capacity", msg.min_capacity)?;
    bounds::non_zero("min_stake_per_capacity", msg.min_stake_per_capacity)?;
    bounds::non_zero("initial_fee_per_gas", msg.initial_fee_per_gas)?;
    bounds::non_zero("initial_proof_delay", msg.initial_proof_delay)?;
    bounds::at_most(
        "initial_proof_delay",
        msg.initial_proof_delay,
        MAX_PROOF_WINDOW,
    )?;
    bounds::non_zero("max_open_blocks", msg.max_open_blocks)?;
    bounds::non_zero("slash_fraction", msg.slash_fraction)?;
    bounds::share("slash_fraction", msg.slash_fraction)?;
    bounds::non_zero("slash_reward_multiple", msg.slash_reward_multiple)?;
    bounds::at_least(
        "slash_reward_multiple",
        msg.slash_reward_multiple,
        MIN_SLASH_REWARD_MULTIPLE,
    )?;
    Ok(Config {
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
    })
}
