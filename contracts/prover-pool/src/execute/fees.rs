//! Fee deposits of proposers, and the owner's top-ups of the reserve.

use cosmwasm_std::{DepsMut, MessageInfo, Response, Uint128};
use cw_utils::must_pay;
use faro_types::funds::nonpayable_non_zero;

use crate::error::ContractError;
use crate::funds::{deposit_of, pay_debts, send, set_deposit};
use crate::state::{CONFIG, POOL};

pub fn deposit_fees(deps: DepsMut, info: MessageInfo) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let amount = must_pay(&info, &config.fee_denom)?;
    let deposit = deposit_of(deps.storage, &info.sender)?.checked_add(amount)?;
    set_deposit(deps.storage, &info.sender, deposit)?;
    let mut pool = POOL.load(deps.storage)?;
    pool.deposits = pool.deposits.checked_add(amount)?;
    POOL.save(deps.storage, &pool)?;
    Ok(Response::new()
        .add_attribute("action", "deposit_fees")
        .add_attribute("depositor", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("deposit", deposit))
}

pub fn withdraw_fees(
    deps: DepsMut,
    info: MessageInfo,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable_non_zero(&info, amount, ContractError::ZeroAmount)?;
    let available = deposit_of(deps.storage, &info.sender)?;
    let deposit =
        available
            .checked_sub(amount)
            .map_err(|_| ContractError::InsufficientDeposit {
                requested: amount,
                available,
            })?;
    set_deposit(deps.storage, &info.sender, deposit)?;
    let config = CONFIG.load(deps.storage)?;
    let mut pool = POOL.load(deps.storage)?;
    pool.deposits = pool.deposits.checked_sub(amount)?;
    POOL.save(deps.storage, &pool)?;
    Ok(Response::new()
        .add_message(send(&config.fee_denom, &info.sender, amount))
        .add_attribute("action", "withdraw_fees")
        .add_attribute("depositor", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("deposit", deposit))
}

pub fn fund_reserve(deps: DepsMut, info: MessageInfo) -> Result<Response, ContractError> {
    cw_ownable::assert_owner(deps.storage, &info.sender)?;
    let config = CONFIG.load(deps.storage)?;
    let amount = must_pay(&info, &config.fee_denom)?;
    let mut pool = POOL.load(deps.storage)?;
    pool.reserve = pool.reserve.checked_add(amount)?;
    let messages = pay_debts(deps.storage, &mut pool, &config.fee_denom)?;
    POOL.save(deps.storage, &pool)?;
    Ok(Response::new()
        .add_messages(messages)
        .add_attribute("action", "fund_reserve")
        .add_attribute("amount", amount)
        .add_attribute("reserve", pool.reserve)
        .add_attribute("owed", pool.owed))
}
