//! Allowances (in balance units) and the spending of them: `TransferFrom`, `SendFrom`,
//! `BurnFrom`. The rules are `crate::cw20_rules`; this module keeps the storage.

use crate::cw20_rules;
use cosmwasm_std::{
    Addr, Binary, BlockInfo, DepsMut, Env, MessageInfo, Response, StdResult, Storage, Uint128,
};
use cw20::{AllowanceResponse, Cw20ReceiveMsg, Expiration};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::ledger;
use crate::state::{ALLOWANCES, ALLOWANCES_SPENDER};

pub fn increase_allowance(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    spender: String,
    amount: Uint128,
    expires: Option<Expiration>,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let spender_addr = deps.api.addr_validate(&spender)?;
    cw20_rules::check_spender(&info.sender, &spender_addr)?;
    let current = ALLOWANCES.may_load(deps.storage, (&info.sender, &spender_addr))?;
    let allowance = cw20_rules::increase(current, amount, expires, &env.block)?;
    let total = allowance.allowance;
    save(deps.storage, &info.sender, &spender_addr, Some(allowance))?;
    Ok(Response::new()
        .add_attribute("action", "increase_allowance")
        .add_attribute("owner", info.sender)
        .add_attribute("spender", spender_addr)
        .add_attribute("amount", amount)
        .add_attribute("allowance", total))
}

pub fn decrease_allowance(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    spender: String,
    amount: Uint128,
    expires: Option<Expiration>,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let spender_addr = deps.api.addr_validate(&spender)?;
    cw20_rules::check_spender(&info.sender, &spender_addr)?;
    let current = ALLOWANCES.may_load(deps.storage, (&info.sender, &spender_addr))?;
    let allowance = cw20_rules::decrease(current, amount, expires, &env.block)?;
    let total = allowance.as_ref().map(|a| a.allowance).unwrap_or_default();
    save(deps.storage, &info.sender, &spender_addr, allowance)?;
    Ok(Response::new()
        .add_attribute("action", "decrease_allowance")
        .add_attribute("owner", info.sender)
        .add_attribute("spender", spender_addr)
        .add_attribute("amount", amount)
        .add_attribute("allowance", total))
}

pub fn transfer_from(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    recipient: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let owner_addr = deps.api.addr_validate(&owner)?;
    let recipient_addr = deps.api.addr_validate(&recipient)?;
    let (index, shares) = ledger::debit_for(deps.storage, amount)?;
    let left = remaining(deps.storage, &owner_addr, &info.sender, &env.block, amount)?;
    ledger::move_shares(deps.storage, &owner_addr, &recipient_addr, shares)?;
    save(deps.storage, &owner_addr, &info.sender, left)?;
    Ok(Response::new()
        .add_attribute("action", "transfer_from")
        .add_attribute("from", owner_addr)
        .add_attribute("to", recipient_addr)
        .add_attribute("by", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("shares", shares)
        .add_attribute("index", index.to_string()))
}

pub fn send_from(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    contract: String,
    amount: Uint128,
    msg: Binary,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let owner_addr = deps.api.addr_validate(&owner)?;
    let contract_addr = deps.api.addr_validate(&contract)?;
    let (index, shares) = ledger::debit_for(deps.storage, amount)?;
    let left = remaining(deps.storage, &owner_addr, &info.sender, &env.block, amount)?;
    ledger::move_shares(deps.storage, &owner_addr, &contract_addr, shares)?;
    save(deps.storage, &owner_addr, &info.sender, left)?;
    // As in cw20-base, the hook names the spender as the sender.
    let hook = Cw20ReceiveMsg {
        sender: info.sender.to_string(),
        amount,
        msg,
    }
    .into_cosmos_msg(contract_addr.to_string())?;
    Ok(Response::new()
        .add_message(hook)
        .add_attribute("action", "send_from")
        .add_attribute("from", owner_addr)
        .add_attribute("to", contract_addr)
        .add_attribute("by", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("shares", shares)
        .add_attribute("index", index.to_string()))
}

pub fn burn_from(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let owner_addr = deps.api.addr_validate(&owner)?;
    let (index, shares) = ledger::debit_for(deps.storage, amount)?;
    let left = remaining(deps.storage, &owner_addr, &info.sender, &env.block, amount)?;
    ledger::burn(deps.storage, &owner_addr, shares)?;
    save(deps.storage, &owner_addr, &info.sender, left)?;
    Ok(Response::new()
        .add_attribute("action", "burn_from")
        .add_attribute("from", owner_addr)
        .add_attribute("by", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("shares", shares)
        .add_attribute("index", index.to_string()))
}

/// What the allowance will be once `spender` uses `amount`; reads only.
fn remaining(
    storage: &dyn Storage,
    owner: &Addr,
    spender: &Addr,
    block: &BlockInfo,
    amount: Uint128,
) -> Result<Option<AllowanceResponse>, ContractError> {
    let current = ALLOWANCES.may_load(storage, (owner, spender))?;
    Ok(cw20_rules::spend(current, amount, block)?)
}

/// Writes both views of one allowance, or removes both when it is gone.
fn save(
    storage: &mut dyn Storage,
    owner: &Addr,
    spender: &Addr,
    allowance: Option<AllowanceResponse>,
) -> StdResult<()> {
    match allowance {
        Some(allowance) => {
            ALLOWANCES.save(storage, (owner, spender), &allowance)?;
            ALLOWANCES_SPENDER.save(storage, (spender, owner), &allowance)
        }
        None => {
            ALLOWANCES.remove(storage, (owner, spender));
            ALLOWANCES_SPENDER.remove(storage, (spender, owner));
            Ok(())
        }
    }
}
