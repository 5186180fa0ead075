//! The relayer's library: configuration today; the L1 follower, the Cosmos submitter and
//! the checkpoint store join it as the relayer grows.

pub mod config;
