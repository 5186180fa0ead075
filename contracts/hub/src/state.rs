use cw_storage_plus::Item;
use faro_types::hub::Config;

/// Addresses, periods, fees and the light budget; changed only by the owner, within bounds.
pub const CONFIG: Item<Config> = Item::new("config");
