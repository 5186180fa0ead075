use cosmwasm_std::{coin, DepsMut, MessageInfo, Response, StakingMsg};
use faro_types::lsm_tokenizer::Redelegation;

use super::{ensure_hub_without_funds, ensure_non_zero, ensure_validator};
use crate::error::ContractError;

/// Hub only. Moves `amount` of stake from `src` to `dst` without unbonding it.
pub fn redelegate(
    deps: DepsMut,
    info: MessageInfo,
    redelegation: Redelegation,
) -> Result<Response, ContractError> {
    let config = ensure_hub_without_funds(deps.storage, &info, "redelegate")?;
    let Redelegation { src, dst, amount } = &redelegation;
    ensure_validator(src)?;
    ensure_validator(dst)?;
    if src == dst {
        return Err(ContractError::SameValidator {
            validator: src.clone(),
        });
    }
    ensure_non_zero(*amount)?;
    Ok(Response::new()
        .add_message(StakingMsg::Redelegate {
            src_validator: src.clone(),
            dst_validator: dst.clone(),
            amount: coin(amount.u128(), &config.denom),
        })
        .add_attribute("action", "redelegate")
        .add_attributes(redelegation.attributes()))
}
