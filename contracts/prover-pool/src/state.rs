use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, Decimal256, Uint128};
use cw_storage_plus::{Item, Map};
use faro_types::prover_pool::{Block, Config, Debt, Prover};

/// Validated at instantiate and at every `UpdateConfig`; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// The pool's running figures and books; see [`Pool`].
pub const POOL: Item<Pool> = Item::new("pool");

/// Every stake record, active or exiting, by prover address.
pub const PROVERS: Map<&Addr, Prover> = Map::new("provers");

/// The active provers, at most `ACTIVE_SET_SIZE`, in the order they joined: the order of
/// their ranges in the cumulative weights. An address is here exactly while its record
/// is `Active`; only `provers.rs` moves a record in or out.
pub const ACTIVE: Item<Vec<Addr>> = Item::new("active");

/// Every proposed block by rollup block id, kept after settlement so that neither a
/// proposal nor a proof can be replayed.
pub const BLOCKS: Map<u64, Block> = Map::new("blocks");

/// Fee deposits of proposers; no entry for nothing.
pub const DEPOSITS: Map<&Addr, Uint128> = Map::new("deposits");

/// Unpaid debts to provers by id, in the order they arose.
pub const DEBTS: Map<u64, Debt> = Map::new("debts");

/// The fee coins held are always `escrowed + deposits + reserve`.
#[cw_serde]
pub struct Pool {
    /// F.
    pub fee_per_gas: Decimal256,
    /// Seconds; moved by every proof in time.
    pub average_proof_delay: u64,
    /// Stake tokens held for every record.
    pub total_stake: Uint128,
    /// Open blocks not yet settled.
    pub open_blocks: u32,
    /// Fees of unsettled blocks.
    pub escrowed: Uint128,
    /// The sum of `DEPOSITS`.
    pub deposits: Uint128,
    /// Coins for payouts beyond escrows; the part up to `owed` is set aside for debts.
    pub reserve: Uint128,
    /// The sum of `DEBTS`.
    pub owed: Uint128,
    pub next_record: u64,
    pub next_debt: u64,
}
