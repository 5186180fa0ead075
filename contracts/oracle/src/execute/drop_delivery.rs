use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::state::OUTSTANDING;

/// The owner gives up an outstanding delivery; its coins stay with the oracle.
pub fn drop_delivery(
    deps: DepsMut,
    info: MessageInfo,
    epoch: u64,
    key: String,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    if !OUTSTANDING.has(deps.storage, (epoch, &key)) {
        return Err(ContractError::NotOutstanding { epoch, key });
    }
    OUTSTANDING.remove(deps.storage, (epoch, &key));
    Ok(Response::new()
        .add_attribute("action", "drop_delivery")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("recipient", key))
}
