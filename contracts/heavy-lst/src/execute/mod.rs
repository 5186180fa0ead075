//! The heavy LST's own actions; the cw20 ones are `faro_cw20::execute`'s, over
//! [`crate::ledger::Shares`].

mod hub;
mod index;
mod mint_burn;
mod transfer;

pub use index::set_index;
pub use mint_burn::{burn_shares, mint, mint_shares};
pub use transfer::transfer_shares;
