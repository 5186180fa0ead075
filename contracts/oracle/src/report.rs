//! A report's canonical form and the hash members agree on.

use cosmwasm_std::{to_json_vec, HexBinary};
use faro_types::bounds;
use faro_types::operator_registry::MAX_LIGHT_SCORE;
use faro_types::oracle::{Report, MAX_REPORT_OPERATORS};
use sha2::{Digest, Sha256};

use crate::error::ContractError;

/// Sorts the operators by valoper and checks the report's bounds: two reports with the
/// same content then serialise to the same bytes, whatever order they were written in.
pub fn canonical(mut report: Report) -> Result<Report, ContractError> {
    bounds::non_zero("epoch", report.epoch)?;
    bounds::at_most("operators", report.operators.len(), MAX_REPORT_OPERATORS)?;
    report.operators.sort_by(|a, b| a.valoper.cmp(&b.valoper));
    for pair in report.operators.windows(2) {
        if pair[0].valoper == pair[1].valoper {
            return Err(ContractError::DuplicateOperator {
                valoper: pair[0].valoper.clone(),
            });
        }
    }
    for operator in &report.operators {
        bounds::at_most("score", operator.score, MAX_LIGHT_SCORE)?;
    }
    Ok(report)
}

/// The sha256 of the canonical report's JSON, in hex.
pub fn hash(report: &Report) -> Result<String, ContractError> {
    let bytes = to_json_vec(report)?;
    let digest: [u8; 32] = Sha256::digest(bytes).into();
    Ok(HexBinary::from(digest).to_hex())
}
