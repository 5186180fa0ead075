//! Owner only: move stake between operators without unbonding it. The destination must
//! be an active heavy operator with room for the stake under its cap.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use faro_types::lsm_tokenizer::Redelegation;
use faro_types::ownership::owner_only;

use crate::booked;
use crate::error::ContractError;
use crate::stake;
use crate::state::CONFIG;

pub fn redelegate(
    deps: DepsMut,
    info: MessageInfo,
    redelegation: Redelegation,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    let Redelegation { src, dst, amount } = &redelegation;
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let config = CONFIG.load(deps.storage)?;
    stake::ensure_room(&deps.querier, &config, deps.storage, dst, *amount)?;
    booked::remove(deps.storage, src, *amount)?;
    booked::add(deps.storage, dst, *amount)?;
    Ok(Response::new()
        .add_message(stake::tokenizer(&config).order(&redelegation.order(), vec![])?)
        .add_attribute("action", "redelegate")
        .add_attributes(redelegation.attributes()))
}
