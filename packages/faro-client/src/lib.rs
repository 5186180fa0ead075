//! Faro's chain client: signs with a mnemonic or key file, simulates gas, broadcasts and
//! waits for inclusion over CometBFT RPC; stores, instantiates (instantiate2), executes and
//! queries CosmWasm contracts; and deploys the whole protocol (`deploy`). The relayer and
//! the benchmarks build on it; the `faro` binary is a thin command line over it.

pub mod account;
pub mod address;
pub mod bank;
pub mod client;
pub mod deploy;
pub mod error;
pub mod gas;
pub mod node;
pub mod outcome;
pub mod protocol;
pub mod retry;
pub mod scenario;
pub mod signer;
mod submit;
pub mod tx;
pub mod wasm;

pub use client::{Client, ExecuteCall};
pub use error::{ClientError, TxStage};
pub use gas::{GasAdjustment, GasPrice};
pub use outcome::{Event, TxOutcome};
pub use signer::Signer;
pub use wasm::Instantiate2;
