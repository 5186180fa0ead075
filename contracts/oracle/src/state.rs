use cosmwasm_std::Addr;
use cw_storage_plus::{Item, Map};
use faro_types::oracle::{Config, Delivery, FinalReport, Progress, Report};

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// Reporting members and their weights; at most `MAX_MEMBERS`.
pub const MEMBERS: Map<&Addr, u64> = Map::new("members");

/// The latest final and applied epochs.
pub const PROGRESS: Item<Progress> = Item::new("progress");

/// (epoch, voter) → the hash of the report the voter, a member's address, submitted; at
/// most one submission each per epoch.
pub const SUBMISSIONS: Map<(u64, &str), String> = Map::new("submissions");

/// (epoch, hash) → the canonical report: every differing content submitted, side by side.
pub const CANDIDATES: Map<(u64, &str), Report> = Map::new("candidates");

/// epoch → its final report, applied, held for the owner, or rejected.
pub const FINALS: Map<u64, FinalReport> = Map::new("finals");

/// (epoch, recipient key) → a delivery that failed and waits to be sent again. A
/// delivery leaves this map when it is sent; its failure's reply puts it back.
pub const OUTSTANDING: Map<(u64, &str), Delivery> = Map::new("outstanding");

/// The (epoch, recipient key) of the last delivery a retry sent: the next retry resumes
/// after it.
pub const RETRY_CURSOR: Item<(u64, String)> = Item::new("retry_cursor");
