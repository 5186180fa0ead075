//! Smoke tests that run every built artifact in `artifacts/` in the real CosmWasm VM
//! (`cosmwasm-vm`, wasmer singlepass with gas metering), with the chain's capabilities:
//! instantiate, transfer ownership, query ownership and config.
//!
//! Build the artifacts first (`scripts/build-wasm.sh`), then
//! `/usr/bin/cargo test --release -- --show-output` here; `--show-output` prints each call's gas.

pub mod artifacts;
pub mod case;
pub mod cases;
pub mod chain;
pub mod vm;
