//! One measured figure: the gas a transaction used on the chain.

use serde::{Deserialize, Serialize};

/// What a sample measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// One user or keeper operation, at the deployment's ordinary scale.
    Operation,
    /// An operation repeated as the number of token holders grows.
    Holders,
    /// An epoch as the number of operators grows.
    Operators,
    /// A prover-pool operation as the number of active provers grows.
    Provers,
    /// The chain's own floor for a comparable action: a plain cw20-base transfer, a
    /// native delegation.
    Anchor,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sample {
    pub section: Section,
    /// The operation, e.g. `bond`, `transfer`, `advance_epoch`.
    pub operation: String,
    /// The scale it ran at (holders, operators or provers); 0 where the section has none.
    pub scale: u64,
    pub gas_used: u64,
    pub gas_wanted: u64,
    /// The transaction's hash, to look it up on the chain.
    pub tx: String,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A sample whose gas wanted is what it used.
    pub(crate) fn sample(section: Section, operation: &str, scale: u64, gas_used: u64) -> Sample {
        Sample {
            section,
            operation: operation.to_string(),
            scale,
            gas_used,
            gas_wanted: gas_used,
            tx: String::new(),
        }
    }

    /// `operation`'s samples in `section`, one per scale of `scales` with the gas of `gas`.
    pub(crate) fn series(
        section: Section,
        operation: &str,
        scales: &[u64],
        gas: &[u64],
    ) -> Vec<Sample> {
        assert_eq!(scales.len(), gas.len(), "one gas figure per scale");
        scales
            .iter()
            .zip(gas)
            .map(|(&scale, &gas)| sample(section, operation, scale, gas))
            .collect()
    }
}
