//! The relayer's L1 side: follows the rollup's L1 contract and turns its events into
//! actions for Faro's contracts.

pub mod action;
pub mod contract;
pub mod follow;
pub mod reader;
pub mod reorg;
pub mod sink;
pub mod translate;
