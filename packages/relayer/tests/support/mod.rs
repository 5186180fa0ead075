//! Helpers for the tests against a geth dev node (started by tests/l1/run.sh).

pub mod dev_chain;
pub mod proxy;
