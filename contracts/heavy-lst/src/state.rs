use cosmwasm_std::{Addr, Decimal256, Uint128};
use cw_storage_plus::{Item, Map};
use faro_types::heavy_lst::Config;

// Allowances, marketing info and logo live under the keys of `faro_cw20::state`.

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// The balance one share is worth; 1 at instantiate, set by the hub alone, always positive.
pub const INDEX: Item<Decimal256> = Item::new("index");

/// Every account's shares; an account leaves the map when its shares reach zero.
pub const SHARES: Map<&Addr, Uint128> = Map::new("shares");

/// The sum of `SHARES`, kept in step by every mint, burn and transfer.
pub const TOTAL_SHARES: Item<Uint128> = Item::new("total_shares");
