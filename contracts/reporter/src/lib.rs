pub mod contract;
pub mod error;
pub mod execute;
pub mod ibc;
pub mod query;
pub mod state;

#[cfg(test)]
mod tests;
