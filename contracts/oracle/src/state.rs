use cosmwasm_std::Addr;
use cw_storage_plus::{Item, Map};
use faro_types::oracle::Config;

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// Reporting members and their weights; at most `MAX_MEMBERS`.
pub const MEMBERS: Map<&Addr, u64> = Map::new("members");
