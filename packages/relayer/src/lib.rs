//! The relayer's library: configuration, the checkpoint and the L1 follower; the Cosmos
//! submitter joins it as the relayer grows.

pub mod checkpoint;
pub mod config;
pub mod l1;
