//! The relayer's library: configuration, the checkpoint, the L1 follower, the Cosmos sink,
//! the status endpoint and the loop that runs them.

pub mod checkpoint;
pub mod config;
pub mod cosmos;
pub mod l1;
pub mod run;
pub mod status;
