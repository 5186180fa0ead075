pub mod config;
pub mod contract;
pub mod error;
pub mod execute;
pub mod light;
pub mod phase;
pub mod query;
pub mod reply;
pub mod state;
pub mod valoper;

#[cfg(test)]
mod tests;
