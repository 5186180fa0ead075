use cosmwasm_std::{Addr, Uint128};
use cw3::{Ballot, Proposal};
use cw_storage_plus::{Item, Map, SnapshotItem, SnapshotMap, Strategy};
use faro_types::dao::{Claim, Config};

/// Validated at instantiate and at every update; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// FRO staked by each address: its voting power. Snapshot every block, so that the power
/// at a proposal's start height is exact; an address that unstakes everything is removed.
pub const STAKED: SnapshotMap<&Addr, Uint128> = SnapshotMap::new(
    "staked",
    "staked__checkpoints",
    "staked__changelog",
    Strategy::EveryBlock,
);
/// The sum of `STAKED`; never above `u64::MAX`, the most cw3 weights can count.
pub const TOTAL_STAKED: SnapshotItem<Uint128> = SnapshotItem::new(
    "total_staked",
    "total_staked__checkpoints",
    "total_staked__changelog",
    Strategy::EveryBlock,
);

/// Unstaked FRO waiting for its release, per address; at most `MAX_CLAIMS` each.
pub const CLAIMS: Map<&Addr, Vec<Claim>> = Map::new("claims");
/// The sum of every pending claim.
pub const UNCLAIMED: Item<Uint128> = Item::new("unclaimed");

/// The id of the last proposal; ids start at 1.
pub const PROPOSAL_COUNT: Item<u64> = Item::new("proposal_count");
pub const PROPOSALS: Map<u64, Proposal> = Map::new("proposals");
/// Each voter's ballot on each proposal.
pub const BALLOTS: Map<(u64, &Addr), Ballot> = Map::new("ballots");
