pub mod config;
pub mod contract;
pub mod deliver;
pub mod error;
pub mod execute;
pub mod finalise;
pub mod math;
pub mod query;
pub mod report;
pub mod state;
pub mod vote;

#[cfg(test)]
mod tests;
