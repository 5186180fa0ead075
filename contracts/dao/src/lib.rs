pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod fro;
pub mod power;
pub mod query;
pub mod stake_guard;
pub mod state;
pub mod time;

#[cfg(test)]
mod tests;
