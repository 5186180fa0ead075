//! Helpers for the tests against a geth dev node (tests/l1/run.sh) and, end to end, the
//! local chain (tests/e2e/relayer.sh). Each test binary uses a part of them.
#![allow(dead_code)]

pub mod dev_chain;
pub mod faro_chain;
pub mod proxy;
pub mod relayer_process;

/// An empty directory for this test run: `faro-{name}-{pid}` in the system's temporary
/// directory, emptied if an earlier run left it.
pub fn fresh_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("faro-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
