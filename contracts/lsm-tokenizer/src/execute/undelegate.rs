use cosmwasm_std::{DepsMut, MessageInfo, Response, StakingMsg};
use faro_types::lsm_tokenizer::Stake;

use super::{ensure_hub_without_funds, stake_orders};
use crate::error::ContractError;

/// Hub only. Starts unbonding each part; the chain pays the tokens back to the tokenizer
/// when the unbonding period ends.
pub fn undelegate(
    deps: DepsMut,
    info: MessageInfo,
    undelegations: Vec<Stake>,
) -> Result<Response, ContractError> {
    let config = ensure_hub_without_funds(deps.storage, &info, "undelegate")?;
    stake_orders(
        "undelegate",
        ("undelegations", "undelegation"),
        undelegations,
        &config.denom,
        |validator, amount| StakingMsg::Undelegate { validator, amount },
    )
}
