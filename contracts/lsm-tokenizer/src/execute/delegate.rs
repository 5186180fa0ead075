use cosmwasm_std::{coin, DepsMut, MessageInfo, Response, StakingMsg};
use cw_utils::may_pay;
use faro_types::lsm_tokenizer::Stake;

use super::{describe, ensure_hub, validate_stakes};
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
    let total = validate_stakes("delegations", &delegations)?;
    let mut response = Response::new()
        .add_attribute("action", "delegate")
        .add_attribute("parts", delegations.len().to_string())
        .add_attribute("total", total)
        .add_attribute("attached", attached);
    for stake in delegations {
        response = response.add_attribute("delegation", describe(&stake));
        response = response.add_message(StakingMsg::Delegate {
            validator: stake.validator,
            amount: coin(stake.amount.u128(), &config.denom),
        });
    }
    Ok(response)
}
