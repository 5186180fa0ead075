//! Tokenizing part of the tokenizer's stake into LSM shares for an owner.

use cosmwasm_std::{
    coin, to_json_binary, BankMsg, DepsMut, Env, MessageInfo, Reply, Response, SubMsg, Uint128,
};
use faro_types::lsm_tokenizer::Tokenized;

use super::TOKENIZE_REPLY_ID;
use super::{ensure_hub_without_funds, ensure_non_zero, ensure_validator, payload, succeeded};
use crate::error::ContractError;
use crate::state::CONFIG;

/// Hub only. Tokenizes `amount` of the delegation to `validator`, with `owner` as the
/// record's owner; the reply forwards the shares to `owner` ([`tokenized`]).
pub fn tokenize(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    validator: String,
    amount: Uint128,
    owner: String,
) -> Result<Response, ContractError> {
    let config = ensure_hub_without_funds(deps.storage, &info, "tokenize")?;
    ensure_validator(&validator)?;
    ensure_non_zero(amount)?;
    let owner_addr = deps.api.addr_validate(&owner)?;
    let tokenize = config.lsm_module.tokenize_msg(
        env.contract.address,
        &validator,
        coin(amount.u128(), &config.denom),
        &owner_addr,
    );
    let submsg = SubMsg::reply_on_success(tokenize, TOKENIZE_REPLY_ID)
        .with_payload(to_json_binary(&owner_addr)?);
    Ok(Response::new()
        .add_submessage(submsg)
        .add_attribute("action", "tokenize")
        .add_attribute("validator", validator)
        .add_attribute("amount", amount)
        .add_attribute("owner", owner_addr))
}

/// The chain's answer to a tokenization: it minted the shares to the tokenizer, the
/// delegator; they go on to the record's owner. Sets a [`Tokenized`] as the data.
pub fn tokenized(deps: DepsMut, reply: Reply) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let response = succeeded(&reply)?;
    let shares = config.lsm_module.tokenize_response(&response)?;
    let owner = payload(&reply)?;
    Ok(Response::new()
        .add_message(BankMsg::Send {
            to_address: owner.clone(),
            amount: vec![shares.clone()],
        })
        .set_data(to_json_binary(&Tokenized {
            shares: shares.clone(),
        })?)
        .add_attribute("action", "tokenized")
        .add_attribute("owner", owner)
        .add_attribute("shares", shares.to_string()))
}
