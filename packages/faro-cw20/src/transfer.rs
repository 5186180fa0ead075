//! The cw20 messages that debit a balance: by its holder (`Transfer`, `Send`, `Burn`) or by
//! a spender using its allowance (`TransferFrom`, `SendFrom`, `BurnFrom`).

use cosmwasm_std::{Addr, Binary, DepsMut, Env, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;

use crate::{debit, Ledger, Payee, Payer};

pub fn transfer<L: Ledger>(
    deps: DepsMut,
    info: MessageInfo,
    recipient: String,
    amount: Uint128,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let to = Payee::Account(deps.api.addr_validate(&recipient)?);
    let payer = Payer::Holder(info.sender);
    debit::<L>(deps.storage, "transfer", payer, to, amount)
}

/// A transfer to `contract`, followed by its `Receive` hook carrying `amount`.
pub fn send<L: Ledger>(
    deps: DepsMut,
    info: MessageInfo,
    contract: String,
    amount: Uint128,
    msg: Binary,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let to = Payee::Contract(deps.api.addr_validate(&contract)?, msg);
    let payer = Payer::Holder(info.sender);
    debit::<L>(deps.storage, "send", payer, to, amount)
}

pub fn burn<L: Ledger>(
    deps: DepsMut,
    info: MessageInfo,
    amount: Uint128,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let payer = Payer::Holder(info.sender);
    debit::<L>(deps.storage, "burn", payer, Payee::Burnt, amount)
}

pub fn transfer_from<L: Ledger>(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    recipient: String,
    amount: Uint128,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let owner = deps.api.addr_validate(&owner)?;
    let to = Payee::Account(deps.api.addr_validate(&recipient)?);
    let payer = spender_of(owner, info, &env);
    debit::<L>(deps.storage, "transfer_from", payer, to, amount)
}

pub fn send_from<L: Ledger>(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    contract: String,
    amount: Uint128,
    msg: Binary,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let owner = deps.api.addr_validate(&owner)?;
    let to = Payee::Contract(deps.api.addr_validate(&contract)?, msg);
    let payer = spender_of(owner, info, &env);
    debit::<L>(deps.storage, "send_from", payer, to, amount)
}

pub fn burn_from<L: Ledger>(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    owner: String,
    amount: Uint128,
) -> Result<Response, L::Error> {
    nonpayable(&info)?;
    let owner = deps.api.addr_validate(&owner)?;
    let payer = spender_of(owner, info, &env);
    debit::<L>(deps.storage, "burn_from", payer, Payee::Burnt, amount)
}

/// The message's sender spending `owner`'s allowance.
fn spender_of(owner: Addr, info: MessageInfo, env: &Env) -> Payer<'_> {
    Payer::Spender {
        owner,
        spender: info.sender,
        block: &env.block,
    }
}
