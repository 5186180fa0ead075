//! Redeeming LSM shares the hub received into a delegation of the tokenizer's own.

use cosmwasm_std::{to_json_binary, DepsMut, Env, MessageInfo, Reply, Response, SubMsg};
use cw_utils::one_coin;
use faro_types::liquid::parse_share_denom;
use faro_types::lsm_tokenizer::Redeemed;

use super::{ensure_hub, payload, succeeded, REDEEM_REPLY_ID};
use crate::error::ContractError;
use crate::state::CONFIG;

/// Hub only, with exactly one coin of LSM shares attached. Redeems them; the reply
/// answers with what the chain delegated ([`redeemed`]).
pub fn redeem(deps: DepsMut, env: Env, info: MessageInfo) -> Result<Response, ContractError> {
    let config = ensure_hub(deps.storage, &info.sender, "redeem")?;
    let shares = one_coin(&info)?;
    let (validator, record_id) = parse_share_denom(&shares.denom)?;
    let redeem = config
        .lsm_module
        .redeem_msg(env.contract.address, shares.clone());
    let submsg =
        SubMsg::reply_on_success(redeem, REDEEM_REPLY_ID).with_payload(to_json_binary(&validator)?);
    Ok(Response::new()
        .add_submessage(submsg)
        .add_attribute("action", "redeem")
        .add_attribute("shares", shares.to_string())
        .add_attribute("validator", validator)
        .add_attribute("record_id", record_id.to_string()))
}

/// The chain's answer to a redemption: the bond-denom tokens now delegated, at the
/// validator's current rate. Sets a [`Redeemed`] as the response data.
pub fn redeemed(deps: DepsMut, reply: Reply) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let response = succeeded(&reply)?;
    let tokens = config.lsm_module.redeem_response(&response)?;
    if tokens.denom != config.denom {
        return Err(ContractError::UnexpectedDenom {
            expected: config.denom,
            found: tokens.denom,
        });
    }
    let validator = payload(&reply)?;
    let data = Redeemed {
        validator: validator.clone(),
        amount: tokens.amount,
    };
    Ok(Response::new()
        .set_data(to_json_binary(&data)?)
        .add_attribute("action", "redeemed")
        .add_attribute("validator", validator)
        .add_attribute("amount", tokens.amount))
}
