//! Spending an allowance: `TransferFrom`, `SendFrom`, `BurnFrom`.

use cosmwasm_std::{Addr, Binary, DepsMut, Env, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;

use super::debit::{debit, Payee, Payer};
use crate::error::ContractError;

pub fn transfer_from(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    recipient: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let owner = deps.api.addr_validate(&owner)?;
    let to = Payee::Account(deps.api.addr_validate(&recipient)?);
    let payer = spender_of(owner, info, &env);
    debit(deps.storage, "transfer_from", payer, to, amount)
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
    let owner = deps.api.addr_validate(&owner)?;
    let to = Payee::Contract(deps.api.addr_validate(&contract)?, msg);
    let payer = spender_of(owner, info, &env);
    debit(deps.storage, "send_from", payer, to, amount)
}

pub fn burn_from(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let owner = deps.api.addr_validate(&owner)?;
    let payer = spender_of(owner, info, &env);
    debit(deps.storage, "burn_from", payer, Payee::Burnt, amount)
}

/// The message's sender spending `owner`'s allowance.
fn spender_of(owner: Addr, info: MessageInfo, env: &Env) -> Payer<'_> {
    Payer::Spender {
        owner,
        spender: info.sender,
        block: &env.block,
    }
}
