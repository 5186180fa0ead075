//! The light LST: one per operator. The accounting model (units, a reward index, settle on
//! touch) is `faro_types::light_lst`'s module doc; `ledger.rs` keeps it and says why the
//! coins always cover every balance.

pub mod commission;
pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod ledger;
pub mod math;
pub mod query;
pub mod state;

#[cfg(test)]
mod tests;
