//! Owner only: replace the set of paused operations.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::hub::Pauses;
use faro_types::ownership::owner_only;

use crate::error::ContractError;
use crate::state::PAUSES;

pub fn set_pause(
    deps: DepsMut,
    info: MessageInfo,
    pauses: Pauses,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    PAUSES.save(deps.storage, &pauses)?;
    Ok(Response::new()
        .add_attribute("action", "set_pause")
        .add_attribute("bond", pauses.bond.to_string())
        .add_attribute("unbond", pauses.unbond.to_string())
        .add_attribute("withdraw", pauses.withdraw.to_string())
        .add_attribute("instant_exit", pauses.instant_exit.to_string())
        .add_attribute("epoch", pauses.epoch.to_string()))
}
