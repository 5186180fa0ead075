mod allowance;
mod index;
mod marketing;
mod mint_burn;
mod transfer;

pub use allowance::{burn_from, decrease_allowance, increase_allowance, send_from, transfer_from};
pub use index::set_index;
pub use marketing::{update_marketing, upload_logo};
pub use mint_burn::{burn, mint};
pub use transfer::{send, transfer, transfer_shares};
