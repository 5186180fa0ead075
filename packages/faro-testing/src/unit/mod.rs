//! Helpers for the contracts' own unit tests on mock dependencies, written once where
//! several contracts test alike.

pub mod cw20_queries;
pub mod ownership;
pub mod token_moves;
