//! The hub rebases: one write, whatever the number of holders.

use cosmwasm_std::{Decimal256, DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;

use super::hub::ensure_hub;
use crate::error::ContractError;
use crate::math;
use crate::state::{INDEX, TOTAL_SHARES};

/// Hub only. Any positive index (lower after a slash) whose supply fits a cw20 amount.
pub fn set_index(
    deps: DepsMut,
    info: MessageInfo,
    index: Decimal256,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_hub(deps.storage, &info.sender, "set the index")?;
    if index.is_zero() {
        return Err(ContractError::InvalidIndex { index });
    }
    let total_supply = math::supply(TOTAL_SHARES.load(deps.storage)?, index)?;
    let previous = INDEX.load(deps.storage)?;
    INDEX.save(deps.storage, &index)?;
    Ok(Response::new()
        .add_attribute("action", "set_index")
        .add_attribute("previous_index", previous.to_string())
        .add_attribute("index", index.to_string())
        .add_attribute("total_supply", total_supply))
}
