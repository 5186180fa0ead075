//! The hub's orders, one module each, and what they share: the hub check, the bounds on
//! lists, and reading the replies of LSM submessages.

mod delegate;
mod pay;
mod redeem;
mod redelegate;
mod tokenize;
mod undelegate;
mod withdraw_rewards;

pub use delegate::delegate;
pub use pay::pay;
pub use redeem::{redeem, redeemed};
pub use redelegate::redelegate;
pub use tokenize::{tokenize, tokenized};
pub use undelegate::undelegate;
pub use withdraw_rewards::withdraw_rewards;

use cosmwasm_std::{
    coin, from_json, Addr, Coin, MessageInfo, Reply, Response, StakingMsg, Storage, SubMsgResponse,
    Uint128,
};
use cw_utils::nonpayable;
use faro_types::lsm_tokenizer::{Config, Stake};
use faro_types::operator_registry::MAX_OPERATORS;

use crate::error::ContractError;
use crate::state::CONFIG;

/// The most entries one order carries: one per operator the registry can hold.
pub const MAX_ENTRIES: usize = MAX_OPERATORS as usize;

/// The reply to `MsgRedeemTokensForShares`; its payload is the shares' validator.
pub const REDEEM_REPLY_ID: u64 = 1;
/// The reply to `MsgTokenizeShares`; its payload is the shares' owner.
pub const TOKENIZE_REPLY_ID: u64 = 2;

/// The configuration, once `sender` is known to be the hub.
fn ensure_hub(
    storage: &dyn Storage,
    sender: &Addr,
    action: &'static str,
) -> Result<Config, ContractError> {
    let config = CONFIG.load(storage)?;
    if *sender != config.hub {
        return Err(ContractError::Unauthorized {
            sender: sender.clone(),
            action,
        });
    }
    Ok(config)
}

/// The configuration, once `info` is known to be the hub's and to carry no funds.
fn ensure_hub_without_funds(
    storage: &dyn Storage,
    info: &MessageInfo,
    action: &'static str,
) -> Result<Config, ContractError> {
    let config = ensure_hub(storage, &info.sender, action)?;
    nonpayable(info)?;
    Ok(config)
}

fn ensure_validator(validator: &str) -> Result<(), ContractError> {
    if validator.is_empty() {
        return Err(ContractError::EmptyValidator);
    }
    Ok(())
}

fn ensure_non_zero(amount: Uint128) -> Result<(), ContractError> {
    if amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    Ok(())
}

/// At most [`MAX_ENTRIES`], and at least one unless `may_be_empty`.
fn ensure_len(list: &'static str, len: usize, may_be_empty: bool) -> Result<(), ContractError> {
    if len == 0 && !may_be_empty {
        return Err(ContractError::EmptyList { list });
    }
    if len > MAX_ENTRIES {
        return Err(ContractError::TooManyEntries {
            list,
            len,
            max: MAX_ENTRIES,
        });
    }
    Ok(())
}

/// A delegation order's response: every part of `list` checked, one staking message and
/// one attribute (`part`) per part, and the total.
fn stake_orders(
    action: &'static str,
    (list, part): (&'static str, &'static str),
    stakes: Vec<Stake>,
    denom: &str,
    message: impl Fn(String, Coin) -> StakingMsg,
) -> Result<Response, ContractError> {
    ensure_len(list, stakes.len(), false)?;
    let mut total = Uint128::zero();
    let mut response = Response::new()
        .add_attribute("action", action)
        .add_attribute("parts", stakes.len().to_string());
    for stake in stakes {
        ensure_validator(&stake.validator)?;
        ensure_non_zero(stake.amount)?;
        total = total.checked_add(stake.amount)?;
        response = response
            .add_attribute(part, format!("{}:{}", stake.validator, stake.amount))
            .add_message(message(stake.validator, coin(stake.amount.u128(), denom)));
    }
    Ok(response.add_attribute("total", total))
}

/// The submessage's response; the LSM submessages reply only on success, so a failure
/// here means the chain broke that promise.
fn succeeded(reply: &Reply) -> Result<SubMsgResponse, ContractError> {
    reply
        .result
        .clone()
        .into_result()
        .map_err(|error| ContractError::SubMessageFailed {
            id: reply.id,
            error,
        })
}

/// The address the contract put into the submessage's payload.
fn payload(reply: &Reply) -> Result<String, ContractError> {
    Ok(from_json(&reply.payload)?)
}
