//! The pool's fee coins: deposits, escrows, the reserve and debts. The coins held are
//! always `escrowed + deposits + reserve`, and nothing is sent that does not leave them.

use cosmwasm_std::{
    coins, Addr, BankMsg, CosmosMsg, Order, OverflowError, OverflowOperation, StdResult, Storage,
    Uint128,
};
use faro_types::amounts::{amount_of, set_amount};
use faro_types::prover_pool::{Debt, MAX_DEBTS_PAID};

use crate::error::ContractError;
use crate::math;
use crate::state::{Pool, DEBTS, DEPOSITS};

pub fn deposit_of(storage: &dyn Storage, address: &Addr) -> StdResult<Uint128> {
    amount_of(&DEPOSITS, storage, address)
}

pub fn set_deposit(storage: &mut dyn Storage, address: &Addr, amount: Uint128) -> StdResult<()> {
    set_amount(&DEPOSITS, storage, address, amount)
}

/// Releases a settled block's `escrow` and pays `payout` to `recipient` from it and the
/// free reserve; what they cannot cover becomes a debt. Then pays old debts from what the
/// reserve holds. Returns what the recipient was paid at once and the messages.
pub fn pay_out(
    storage: &mut dyn Storage,
    pool: &mut Pool,
    denom: &str,
    recipient: &Addr,
    payout: Uint128,
    escrow: Uint128,
) -> Result<(Uint128, Vec<CosmosMsg>), ContractError> {
    let cover = math::cover(payout, escrow, pool.reserve, pool.owed)?;
    pool.escrowed = pool.escrowed.checked_sub(escrow)?;
    pool.reserve = cover.reserve;
    let mut messages = vec![];
    if !cover.paid.is_zero() {
        messages.push(send(denom, recipient, cover.paid));
    }
    if !cover.short.is_zero() {
        let debt = Debt {
            id: pool.next_debt,
            prover: recipient.clone(),
            amount: cover.short,
        };
        DEBTS.save(storage, debt.id, &debt)?;
        pool.next_debt = pool
            .next_debt
            .checked_add(1)
            .ok_or_else(|| OverflowError::new(OverflowOperation::Add))?;
        pool.owed = pool.owed.checked_add(cover.short)?;
    }
    messages.extend(pay_debts(storage, pool, denom)?);
    Ok((cover.paid, messages))
}

/// Pays the oldest debts from the reserve, at most `MAX_DEBTS_PAID` of them.
pub fn pay_debts(
    storage: &mut dyn Storage,
    pool: &mut Pool,
    denom: &str,
) -> Result<Vec<CosmosMsg>, ContractError> {
    let mut messages = vec![];
    if pool.reserve.is_zero() || pool.owed.is_zero() {
        return Ok(messages);
    }
    let oldest: Vec<Debt> = DEBTS
        .range(storage, None, None, Order::Ascending)
        .take(MAX_DEBTS_PAID)
        .map(|entry| entry.map(|(_, debt)| debt))
        .collect::<StdResult<_>>()?;
    for mut debt in oldest {
        let amount = debt.amount.min(pool.reserve);
        if amount.is_zero() {
            break;
        }
        pool.reserve = pool.reserve.checked_sub(amount)?;
        pool.owed = pool.owed.checked_sub(amount)?;
        debt.amount = debt.amount.checked_sub(amount)?;
        if debt.amount.is_zero() {
            DEBTS.remove(storage, debt.id);
        } else {
            DEBTS.save(storage, debt.id, &debt)?;
        }
        messages.push(send(denom, &debt.prover, amount));
    }
    Ok(messages)
}

pub fn send(denom: &str, recipient: &Addr, amount: Uint128) -> CosmosMsg {
    BankMsg::Send {
        to_address: recipient.to_string(),
        amount: coins(amount.u128(), denom),
    }
    .into()
}
