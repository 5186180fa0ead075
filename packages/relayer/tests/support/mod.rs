//! Helpers for the tests against a geth dev node (tests/l1/run.sh) and, end to end, the
//! local chain (tests/e2e/relayer.sh). Each test binary uses a part of them.
#![allow(dead_code)]

pub mod dev_chain;
pub mod faro_chain;
pub mod proxy;
pub mod relayer_process;
