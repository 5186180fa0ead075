//! The one path by which a balance leaves its holder: to an account, to a contract with its
//! `Receive` hook, or burnt; by the holder itself or by a spender using an allowance. How
//! the balance moves is the token's own business: its [`Ledger`].

use cosmwasm_std::{Addr, Attribute, Binary, BlockInfo, Response, Storage, Uint128};
use cw20::Cw20ReceiveMsg;

use crate::{allowance, Cw20Error, ZeroAmount};

/// A token's balances, as the shared flows move them.
pub trait Ledger {
    type Error: Cw20Error;

    /// Takes `amount` (never zero) of `owner`'s balance and credits it to `to`, or destroys
    /// it when `to` is `None`; `to` may be `owner` itself. Refuses a balance that does not
    /// cover `amount`, and checks everything before it writes: a refusal changes nothing.
    /// Answers with the attributes the receipt carries after `amount`.
    fn debit(storage: &mut dyn Storage, debit: Debit) -> Result<Vec<Attribute>, Self::Error>;
}

/// `amount` (never zero) of `owner`'s balance, for `to` or, when `to` is `None`, to burn.
pub struct Debit<'a> {
    pub owner: &'a Addr,
    pub to: Option<&'a Addr>,
    pub amount: Uint128,
}

/// Whose balance is debited, and who asked for it.
pub enum Payer<'a> {
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

/// Where the debited balance goes.
pub enum Payee {
    Account(Addr),
    /// Credited like an account, then told through its `Receive` hook carrying `msg`.
    Contract(Addr, Binary),
    Burnt,
}

impl Payee {
    fn account(&self) -> Option<&Addr> {
        match self {
            Payee::Account(to) | Payee::Contract(to, _) => Some(to),
            Payee::Burnt => None,
        }
    }
}

/// Debits `amount` through the ledger `L`. Refuses, in this order: a zero amount, an allowance
/// that does not cover `amount`, whatever the ledger refuses.
pub fn debit<L: Ledger>(
    storage: &mut dyn Storage,
    action: &'static str,
    payer: Payer,
    payee: Payee,
    amount: Uint128,
) -> Result<Response, L::Error> {
    if amount.is_zero() {
        return Err(ZeroAmount.into());
    }
    let owner = payer.owner();
    let spent = match &payer {
        Payer::Holder(_) => None,
        Payer::Spender { spender, block, .. } => {
            let left = allowance::remaining::<L::Error>(storage, owner, spender, block, amount)?;
            Some((spender, left))
        }
    };
    let to = payee.account();
    let details = L::debit(storage, Debit { owner, to, amount })?;
    if let Some((spender, left)) = spent {
        allowance::save(storage, owner, spender, left)?;
    }
    receipt::<L::Error>(action, &payer, &payee, amount, details)
}

/// The hook, if any, and the attributes: `from`, then `to` unless burnt, then `by` for a
/// spender, then `amount` and the ledger's own.
fn receipt<E: Cw20Error>(
    action: &'static str,
    payer: &Payer,
    payee: &Payee,
    amount: Uint128,
    details: Vec<Attribute>,
) -> Result<Response, E> {
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
    if let Some(to) = payee.account() {
        response = response.add_attribute("to", to);
    }
    if let Payer::Spender { spender, .. } = payer {
        response = response.add_attribute("by", spender);
    }
    Ok(response
        .add_attribute("amount", amount)
        .add_attributes(details))
}
