use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, Decimal256, Timestamp, Uint128};
use cw_storage_plus::{Item, Map};
use faro_types::hub::{Batch, Config, Pauses};

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

/// What the hub owes and holds. Heavy shares are counted by the heavy LST, not here.
#[cw_serde]
pub struct Books {
    /// Stake delegated through the tokenizer, as last measured at an epoch and moved by
    /// every bond and exit since.
    pub total_bonded: Uint128,
    /// Bonded coins the hub holds undelegated, for want of an active operator.
    pub pending: Uint128,
    /// The index last given to the heavy LST.
    pub index: Decimal256,
    pub epoch: u64,
    pub next_epoch_at: Timestamp,
    /// Heavy shares the hub holds as the insurance fund.
    pub insurance_shares: Uint128,
    /// The light layer's rewards, held by the hub.
    pub light_pool: Uint128,
    /// Coins in the tokenizer that belong to batches: prepaid or paid out by the chain,
    /// and not yet withdrawn.
    pub reserved: Uint128,
}

impl Books {
    /// Everything the heavy shares are backed by.
    pub fn backing(&self) -> Result<Uint128, cosmwasm_std::OverflowError> {
        self.total_bonded.checked_add(self.pending)
    }
}

/// What the hub has delegated to each validator by its own books: moved by every bond,
/// exit, redelegation and batch, and set to the chain's figure at every epoch, when the
/// difference is that validator's slash. No entry for nothing.
pub const BOOKED: Map<&str, Uint128> = Map::new("booked");

/// What each batch still unbonding has unbonding at each validator, cut as that
/// validator is slashed; removed when the batch matures.
pub const BATCH_STAKE: Map<(u64, &str), Uint128> = Map::new("batch_stake");
