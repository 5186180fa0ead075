//! The cw20 machinery of Faro's rebasing tokens (the heavy and the light LST), whose
//! balances are not their stored amounts and so cannot use cw20-base: allowances,
//! marketing info and logos with their storage, handlers and queries, and the one debit
//! flow (transfer, send, burn, by the holder or a spender) generic over a [`Ledger`] —
//! the only part each token writes itself. The semantics follow cw20-base unless a doc
//! comment says otherwise.
//!
//! A token's `ContractError` takes every refusal here ([`Cw20Error`]); the token's entry
//! points come from [`token_entry_points!`], which dispatches the standard cw20 messages to
//! the handlers here and leaves the token its own messages and balance queries.

pub mod allowance;
pub mod debit;
mod entry_points;
pub mod error;
pub mod marketing;
pub mod query;
pub mod state;
mod transfer;

#[cfg(feature = "conformance")]
pub mod conformance;

#[cfg(test)]
mod tests;

pub use debit::{debit, Debit, Ledger, Payee, Payer};
pub use error::{AllowanceError, Cw20Error, LogoError, Unauthorized, ZeroAmount};
pub use marketing::rules::LOGO_SIZE_CAP;

/// Every cw20 handler, for a token's dispatcher.
pub mod execute {
    pub use crate::allowance::{update_allowance, AllowanceChange};
    pub use crate::marketing::{update_marketing, upload_logo};
    pub use crate::transfer::{burn, burn_from, send, send_from, transfer, transfer_from};
}
