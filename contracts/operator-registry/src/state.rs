use cw_storage_plus::{Item, Map};
use faro_types::operator_registry::{Config, Operator};

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// Every registered operator by valoper address; at most `MAX_OPERATORS`.
pub const OPERATORS: Map<&str, Operator> = Map::new("operators");
pub const OPERATOR_COUNT: Item<u32> = Item::new("operator_count");

/// The weights of active heavy operators only, kept beside `OPERATORS` so that the hub
/// pages through exactly the operators it delegates to.
pub const HEAVY_WEIGHTS: Map<&str, u64> = Map::new("heavy_weights");
/// The sum of `HEAVY_WEIGHTS`.
pub const TOTAL_HEAVY_WEIGHT: Item<u64> = Item::new("total_heavy_weight");
