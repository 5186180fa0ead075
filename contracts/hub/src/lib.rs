pub mod booked;
pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod math;
pub mod pause;
pub mod query;
pub mod reply;
pub mod settle;
pub mod stake;
pub mod state;

#[cfg(test)]
mod tests;
