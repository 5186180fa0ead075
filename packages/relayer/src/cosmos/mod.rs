//! The relayer's Cosmos side: actions go to the prover pool and the oracle through
//! `faro-client`, batched, funded, and never sent twice.

pub mod fees;
pub mod refusal;
pub mod sink;
pub mod standing;
