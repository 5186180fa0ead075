use cosmwasm_schema::cw_serde;
use cosmwasm_std::Addr;
use cw_storage_plus::{Item, Map};
use faro_types::operator_registry::{Config, Operator};

/// Validated at instantiate and at every update; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// Every registered operator by valoper address; at most `MAX_OPERATORS`.
pub const OPERATORS: Map<&str, Operator> = Map::new("operators");
pub const OPERATOR_COUNT: Item<u32> = Item::new("operator_count");

/// The weights of active heavy operators only, kept beside `OPERATORS` so that the hub
/// pages through exactly the operators it delegates to.
pub const HEAVY_WEIGHTS: Map<&str, u64> = Map::new("heavy_weights");
/// The sum of `HEAVY_WEIGHTS`.
pub const TOTAL_HEAVY_WEIGHT: Item<u64> = Item::new("total_heavy_weight");

/// How many light LSTs the registry has launched: the next salt is `light/<this>`, so no
/// salt (and no instantiate2 address) is ever used twice, even for a validator that
/// leaves and registers again.
pub const LIGHT_LST_LAUNCHES: Item<u64> = Item::new("light_lst_launches");

/// The light LST being instantiated in this transaction, until its reply confirms it.
pub const PENDING_LIGHT_LST: Item<PendingLightLst> = Item::new("pending_light_lst");

#[cw_serde]
pub struct PendingLightLst {
    pub valoper: String,
    /// The instantiate2 address, predicted before the instantiation.
    pub address: Addr,
}
