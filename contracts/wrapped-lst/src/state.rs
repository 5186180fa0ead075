//! The wrapper's own state. The token itself (balances, allowances, supply, marketing
//! info, logo) lives in cw20-base's `state` items, read and written through cw20-base's
//! functions and, for minting and burning against heavy shares, through `ledger`.

use cw_storage_plus::Item;
use faro_types::wrapped_lst::Config;

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");
