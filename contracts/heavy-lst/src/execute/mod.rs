mod allowance;
mod debit;
mod hub;
mod index;
mod marketing;
mod mint_burn;
mod spend;
mod transfer;

pub use allowance::{decrease_allowance, increase_allowance};
pub use index::set_index;
pub use marketing::{update_marketing, upload_logo};
pub use mint_burn::{burn, burn_shares, mint, mint_shares};
pub use spend::{burn_from, send_from, transfer_from};
pub use transfer::{send, transfer, transfer_shares};
