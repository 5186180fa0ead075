pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod funds;
pub mod math;
pub mod provers;
pub mod query;
pub mod state;

#[cfg(test)]
mod tests;
