use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::ownership::owner_only;

use crate::error::ContractError;
use crate::state::OUTSTANDING;

/// The owner gives up an outstanding delivery; its coins stay with the oracle.
pub fn drop_delivery(
    deps: DepsMut,
    info: MessageInfo,
    epoch: u64,
    key: String,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    if !OUTSTANDING.has(deps.storage, (epoch, &key)) {
        return Err(ContractError::NotOutstanding { epoch, key });
    }
    OUTSTANDING.remove(deps.storage, (epoch, &key));
    Ok(Response::new()
        .add_attribute("action", "drop_delivery")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("recipient", key))
}
