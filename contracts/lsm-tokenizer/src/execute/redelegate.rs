use cosmwasm_std::{coin, DepsMut, MessageInfo, Response, StakingMsg, Uint128};
use cw_utils::nonpayable;

use super::{ensure_hub, ensure_non_zero, ensure_validator};
use crate::error::ContractError;

/// Hub only. Moves `amount` of stake from `src` to `dst` without unbonding it.
pub fn redelegate(
    deps: DepsMut,
    info: MessageInfo,
    src: String,
    dst: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    let config = ensure_hub(deps.storage, &info.sender, "redelegate")?;
    nonpayable(&info)?;
    ensure_validator(&src)?;
    ensure_validator(&dst)?;
    if src == dst {
        return Err(ContractError::SameValidator { validator: src });
    }
    ensure_non_zero(amount)?;
    Ok(Response::new()
        .add_message(StakingMsg::Redelegate {
            src_validator: src.clone(),
            dst_validator: dst.clone(),
            amount: coin(amount.u128(), &config.denom),
        })
        .add_attribute("action", "redelegate")
        .add_attribute("src", src)
        .add_attribute("dst", dst)
        .add_attribute("amount", amount))
}
