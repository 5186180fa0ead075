use cosmwasm_std::{coin, DepsMut, MessageInfo, Response, StakingMsg};
use cw_utils::nonpayable;
use faro_types::lsm_tokenizer::Stake;

use super::{describe, ensure_hub, validate_stakes};
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
    let total = validate_stakes("undelegations", &undelegations)?;
    let mut response = Response::new()
        .add_attribute("action", "undelegate")
        .add_attribute("parts", undelegations.len().to_string())
        .add_attribute("total", total);
    for stake in undelegations {
        response = response.add_attribute("undelegation", describe(&stake));
        response = response.add_message(StakingMsg::Undelegate {
            validator: stake.validator,
            amount: coin(stake.amount.u128(), &config.denom),
        });
    }
    Ok(response)
}
