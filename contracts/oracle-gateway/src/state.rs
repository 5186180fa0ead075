use cw_storage_plus::{Item, Map};
use faro_types::oracle_gateway::{Channel, Config};

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// channel id → a connected `faro-1` channel; at most `MAX_CHANNELS`.
pub const CHANNELS: Map<&str, Channel> = Map::new("channels");
