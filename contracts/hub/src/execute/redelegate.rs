//! Owner only: move stake between operators without unbonding it. The destination must
//! be an active heavy operator with room for the stake under its cap.

use cosmwasm_std::{DepsMut, MessageInfo, Response, Uint128};
use faro_types::lsm_tokenizer::Order;
use faro_types::ownership::owner_only;

use crate::booked;
use crate::error::ContractError;
use crate::stake;
use crate::state::CONFIG;

pub fn redelegate(
    deps: DepsMut,
    info: MessageInfo,
    src: String,
    dst: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    owner_only::<ContractError>(deps.storage, &info)?;
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let config = CONFIG.load(deps.storage)?;
    stake::ensure_room(&deps.querier, &config, deps.storage, &dst, amount)?;
    booked::remove(deps.storage, &src, amount)?;
    booked::add(deps.storage, &dst, amount)?;
    let order = Order::Redelegate {
        src: src.clone(),
        dst: dst.clone(),
        amount,
    };
    Ok(Response::new()
        .add_message(stake::tokenizer(&config).order(&order, vec![])?)
        .add_attribute("action", "redelegate")
        .add_attribute("src", src)
        .add_attribute("dst", dst)
        .add_attribute("amount", amount))
}
