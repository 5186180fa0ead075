use cw_storage_plus::Item;
use faro_types::prover_pool::Config;

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");
