use cosmwasm_std::{DepsMut, MessageInfo, Response, StakingMsg};
use cw_utils::nonpayable;
use faro_types::lsm_tokenizer::Stake;

use super::{ensure_hub, stake_orders};
use crate::error::ContractError;

/// Hub only. Starts unbonding each part; the chain pays the tokens back to the tokenizer
/// when the unbonding period ends.
pub fn undelegate(
    deps: DepsMut,
    info: MessageInfo,
    undelegations: Vec<Stake>,
) -> Result<Response, ContractError> {
    let config = ensure_hub(deps.storage, &info.sender, "undelegate")?;
    nonpayable(&info)?;
    stake_orders(
        "undelegate",
        ("undelegations", "undelegation"),
        undelegations,
        &config.denom,
        |validator, amount| StakingMsg::Undelegate { validator, amount },
    )
}
