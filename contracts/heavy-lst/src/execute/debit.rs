//! The one path by which a balance leaves its holder: to an account, to a contract with its
//! `Receive` hook, or burnt; by the holder itself or by a spender using an allowance.

use cosmwasm_std::{Addr, Binary, BlockInfo, Decimal256, Response, Storage, Uint128};
use cw20::Cw20ReceiveMsg;

use super::allowance;
use crate::error::ContractError;
use crate::ledger;

/// Whose balance is debited, and who asked for it.
pub(super) enum Payer<'a> {
    Holder(Addr),
    Spender {
        owner: Addr,
        spender: Addr,
        block: &'a BlockInfo,
    },
}

impl Payer<'_> {
    fn owner(&self) -> &Addr {
        match self {
            Payer::Holder(holder) => holder,
            Payer::Spender { owner, .. } => owner,
        }
    }

    /// The message's sender.
    fn sender(&self) -> &Addr {
        match self {
            Payer::Holder(holder) => holder,
            Payer::Spender { spender, .. } => spender,
        }
    }
}

/// Where the debited shares go.
pub(super) enum Payee {
    Account(Addr),
    /// Credited like an account, then told through its `Receive` hook carrying `msg`.
    Contract(Addr, Binary),
    Burnt,
}

/// Debits `⌈amount ÷ index⌉` shares. Refuses, in this order: a zero amount, an allowance
/// that does not cover `amount`, too few shares.
pub(super) fn debit(
    storage: &mut dyn Storage,
    action: &'static str,
    payer: Payer,
    payee: Payee,
    amount: Uint128,
) -> Result<Response, ContractError> {
    let (index, shares) = ledger::debit_for(storage, amount)?;
    let owner = payer.owner();
    let spent = match &payer {
        Payer::Holder(_) => None,
        Payer::Spender { spender, block, .. } => {
            let left = allowance::remaining(storage, owner, spender, block, amount)?;
            Some((spender, left))
        }
    };
    match &payee {
        Payee::Account(to) | Payee::Contract(to, _) => {
            ledger::move_shares(storage, owner, to, shares)?
        }
        Payee::Burnt => ledger::burn(storage, owner, shares)?,
    }
    if let Some((spender, left)) = spent {
        allowance::save(storage, owner, spender, left)?;
    }
    receipt(action, &payer, &payee, amount, shares, index)
}

/// The hook, if any, and the attributes: `from`, then `to` unless burnt, then `by` for a
/// spender.
fn receipt(
    action: &'static str,
    payer: &Payer,
    payee: &Payee,
    amount: Uint128,
    shares: Uint128,
    index: Decimal256,
) -> Result<Response, ContractError> {
    let mut response = Response::new();
    if let Payee::Contract(contract, msg) = payee {
        // As in cw20-base, the hook names the message's sender, the spender included.
        let hook = Cw20ReceiveMsg {
            sender: payer.sender().to_string(),
            amount,
            msg: msg.clone(),
        }
        .into_cosmos_msg(contract.to_string())?;
        response = response.add_message(hook);
    }
    response = response
        .add_attribute("action", action)
        .add_attribute("from", payer.owner());
    if let Payee::Account(to) | Payee::Contract(to, _) = payee {
        response = response.add_attribute("to", to);
    }
    if let Payer::Spender { spender, .. } = payer {
        response = response.add_attribute("by", spender);
    }
    Ok(response
        .add_attribute("amount", amount)
        .add_attribute("shares", shares)
        .add_attribute("index", index.to_string()))
}
