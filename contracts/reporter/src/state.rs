use cw_storage_plus::Item;
use faro_types::reporter::{Rate, ReporterChannel};

/// The one channel to the oracle, once connected.
pub const CHANNEL: Item<ReporterChannel> = Item::new("channel");

/// The latest heavy index received; epochs only move forward.
pub const RATE: Item<Rate> = Item::new("rate");
