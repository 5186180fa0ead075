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
