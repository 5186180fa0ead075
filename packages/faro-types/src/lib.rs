//! Faro's interface crate: every contract's messages, queries and responses, one module
//! per contract, and the few rules every contract applies the same way (bounds, denoms,
//! ownership, versioning, paging). Storage layouts stay private to each contract.

pub mod amounts;
pub mod bounds;
pub mod config_update;
pub mod dao;
pub mod denom;
pub mod entry_points;
pub mod error;
pub mod funds;
pub mod heavy_lst;
pub mod hub;
#[cfg(any(test, feature = "launch"))]
pub mod launch;
pub mod lifecycle;
pub mod light_lst;
pub mod liquid;
pub mod lsm_tokenizer;
mod msg_enum;
pub mod operator_registry;
pub mod oracle;
pub mod oracle_gateway;
pub mod ownership;
pub mod pagination;
pub mod prover_pool;
pub mod reporter;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod token;
pub mod wrapped_lst;
