//! What the wrapper does beyond a plain cw20: wrapping (the heavy LST's `Send` hook) and
//! unwrapping. Every standard cw20 message is handled by cw20-base (see `contract.rs`).

use cosmwasm_std::{from_json, DepsMut, Env, MessageInfo, Response, Uint128};
use cw20::Cw20ReceiveMsg;
use faro_types::heavy_lst::{shares_to_debit, HeavyLstContract};
use faro_types::wrapped_lst::ReceiveMsg;

use crate::error::ContractError;
use crate::ledger;
use crate::state::CONFIG;

/// The heavy LST's `Send` hook. The send moved `⌈amount ÷ index⌉` shares to the wrapper;
/// they must show in the wrapper's share balance on top of the shares already accounted
/// for, and exactly that many wstTOKEN are minted. Any further surplus (shares given to
/// the wrapper without wrapping) is left unaccounted.
pub fn receive(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    hook: Cw20ReceiveMsg,
) -> Result<Response, ContractError> {
    let heavy = HeavyLstContract(CONFIG.load(deps.storage)?.heavy_lst);
    if info.sender != *heavy.addr() {
        return Err(ContractError::UnexpectedToken { token: info.sender });
    }
    let ReceiveMsg::Wrap { recipient } = from_json(&hook.msg)?;
    let recipient_addr = deps
        .api
        .addr_validate(recipient.as_deref().unwrap_or(&hook.sender))?;
    let amount = ledger::non_zero(hook.amount)?;

    let index = heavy.index(&deps.querier)?;
    let sent = shares_to_debit(amount, index)?;
    let held = ledger::accounted_shares(deps.storage)?;
    let owned = heavy.shares(&deps.querier, env.contract.address)?;
    // The wrapper never holds fewer shares than it accounts for; zero if it somehow did.
    let arrived = owned.saturating_sub(held);
    if arrived < sent {
        return Err(ContractError::SharesNotReceived {
            expected: sent,
            received: arrived,
        });
    }
    ledger::mint(deps.storage, &recipient_addr, sent)?;
    Ok(Response::new()
        .add_attribute("action", "wrap")
        .add_attribute("from", hook.sender)
        .add_attribute("to", recipient_addr)
        .add_attribute("amount", amount)
        .add_attribute("wrapped", sent)
        .add_attribute("index", index.to_string())
        .add_attribute("surplus", arrived - sent))
}

/// Burns `amount` wstTOKEN and sends exactly `amount` heavy shares to `recipient`.
pub fn unwrap(
    deps: DepsMut,
    info: MessageInfo,
    amount: Uint128,
    recipient: Option<String>,
) -> Result<Response, ContractError> {
    let recipient_addr = match recipient {
        Some(recipient) => deps.api.addr_validate(&recipient)?,
        None => info.sender.clone(),
    };
    ledger::burn(deps.storage, &info.sender, ledger::non_zero(amount)?)?;
    let heavy = HeavyLstContract(CONFIG.load(deps.storage)?.heavy_lst);
    let give_back = heavy.transfer_shares_msg(recipient_addr.to_string(), amount)?;
    Ok(Response::new()
        .add_message(give_back)
        .add_attribute("action", "unwrap")
        .add_attribute("from", info.sender)
        .add_attribute("to", recipient_addr)
        .add_attribute("amount", amount))
}
