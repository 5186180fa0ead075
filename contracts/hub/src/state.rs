use cosmwasm_std::{Addr, Uint128};
use cw_storage_plus::{Item, Map};
use faro_types::hub::{Batch, Books, Config, Pauses};

/// Addresses, periods, fees and the light budget; changed only by the owner, within bounds.
pub const CONFIG: Item<Config> = Item::new("config");

/// Operations the owner has paused.
pub const PAUSES: Item<Pauses> = Item::new("pauses");

/// The hub's books; see [`Books`].
pub const BOOKS: Item<Books> = Item::new("books");

/// Unbonding batches by id; the id is the epoch that collected them. A batch is stored
/// from its first request on.
pub const BATCHES: Map<u64, Batch> = Map::new("batches");

/// Ids of the batches the chain is still unbonding. One batch per epoch and epochs of at
/// least a seventh of the unbonding period keep this at most eight entries.
pub const UNBONDING: Map<u64, ()> = Map::new("unbonding");

/// Heavy shares each holder queued in each batch.
pub const UNBOND_REQUESTS: Map<(&Addr, u64), Uint128> = Map::new("unbond_requests");

/// What the hub has delegated to each validator by its own books: moved by every bond,
/// exit, redelegation and batch, and set to the chain's figure at every epoch, when the
/// difference is that validator's slash. No entry for nothing.
pub const BOOKED: Map<&str, Uint128> = Map::new("booked");

/// What each batch still unbonding has unbonding at each validator, cut as that
/// validator is slashed; removed when the batch matures.
pub const BATCH_STAKE: Map<(u64, &str), Uint128> = Map::new("batch_stake");
