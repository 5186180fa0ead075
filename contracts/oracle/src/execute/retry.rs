use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;

use crate::deliver;
use crate::error::ContractError;
use crate::state::CONFIG;

/// Anyone: sends outstanding deliveries again, after the last one sent before.
pub fn retry(deps: DepsMut, info: MessageInfo) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let msgs = deliver::retry(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "retry")
        .add_attribute("sent", msgs.len().to_string())
        .add_submessages(msgs))
}
