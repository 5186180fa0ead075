//! What the relayer does on the Cosmos side because of an L1 event.

use alloy::primitives::B256;
use faro_types::{oracle, prover_pool};

/// An execute message for one of Faro's contracts.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `ProposeBlock` or `ProveBlock`.
    ProverPool(prover_pool::ExecuteMsg),
    /// `Submit` of one finished epoch's report.
    Oracle(oracle::ExecuteMsg),
}

/// Where on L1 an action comes from: enough for a sink to recognise an action it has
/// already carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub block_number: u64,
    pub block_hash: B256,
    pub transaction_hash: B256,
    pub log_index: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relayed {
    pub origin: Origin,
    pub action: Action,
}
