use cosmwasm_std::{DepsMut, MessageInfo, Response, StakingMsg};
use cw_utils::may_pay;
use faro_types::lsm_tokenizer::Stake;

use super::{ensure_hub, stake_orders};
use crate::error::ContractError;

/// Hub only. Delegates each part from the tokenizer's balance; the hub may attach the
/// bond-denom coins to delegate, and nothing else. The chain checks the balance.
pub fn delegate(
    deps: DepsMut,
    info: MessageInfo,
    delegations: Vec<Stake>,
) -> Result<Response, ContractError> {
    let config = ensure_hub(deps.storage, &info.sender, "delegate")?;
    let attached = may_pay(&info, &config.denom)?;
    let response = stake_orders(
        "delegate",
        ("delegations", "delegation"),
        delegations,
        &config.denom,
        |validator, amount| StakingMsg::Delegate { validator, amount },
    )?;
    Ok(response.add_attribute("attached", attached))
}
