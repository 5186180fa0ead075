mod fees;
mod propose;
mod prove;
mod receive;
mod stake;
mod unstake;
mod update_params;
mod withdraw;

pub use fees::{deposit_fees, fund_reserve, withdraw_fees};
pub use propose::propose_block;
pub use prove::prove_block;
pub use receive::receive;
pub use unstake::unstake;
pub use update_params::update_params;
pub use withdraw::withdraw;

use cosmwasm_std::{
    to_json_binary, Addr, CosmosMsg, Decimal, StdResult, Storage, Uint128, WasmMsg,
};
use faro_types::bounds;
use faro_types::prover_pool::{Config, StakeTokenMsg};

use crate::error::ContractError;
use crate::math;

/// Block reports come from the relayer, or from the owner standing in for it.
fn ensure_reporter(
    storage: &dyn Storage,
    config: &Config,
    sender: &Addr,
) -> Result<(), ContractError> {
    if *sender == config.relayer || cw_ownable::is_owner(storage, sender)? {
        return Ok(());
    }
    Err(ContractError::NotReporter {
        sender: sender.clone(),
    })
}

/// `reward_per_gas > 0`, `capacity ≥ min_capacity`, and `stake ≥ capacity ×
/// min_stake_per_capacity`.
fn validate_params(
    config: &Config,
    reward_per_gas: Decimal,
    capacity: u32,
    stake: Uint128,
) -> Result<(), ContractError> {
    bounds::non_zero("reward_per_gas", reward_per_gas)?;
    bounds::at_least("capacity", capacity, config.min_capacity)?;
    let minimum = math::min_stake(capacity, config.min_stake_per_capacity)?;
    if stake < minimum {
        return Err(ContractError::StakeBelowMinimum { stake, minimum });
    }
    Ok(())
}

fn transfer_stake(config: &Config, recipient: &Addr, amount: Uint128) -> StdResult<CosmosMsg> {
    let transfer = StakeTokenMsg::Transfer {
        recipient: recipient.to_string(),
        amount,
    };
    Ok(WasmMsg::Execute {
        contract_addr: config.stake_token.to_string(),
        msg: to_json_binary(&transfer)?,
        funds: vec![],
    }
    .into())
}
