//! Governance on the real contracts: the phase-1 multisig (cw3-flex-multisig on a
//! cw4-group of founders and operators, as published) owns every Faro contract and acts
//! by proposal; later it hands everything to the FRO token DAO. Every change is also
//! tried by someone who does not own the contract, and refused.

mod fee;
mod handover;
mod migration;
mod multisig;
mod operators;
mod pause;

use std::fmt::Debug;

use faro_testing::governance::Multisig;
use faro_testing::Suite;

pub(crate) const NOT_OWNER: &str = "Caller is not the contract's current owner";

/// Three operators, every contract owned and administered by the multisig.
pub(crate) fn multisig_suite() -> (Suite, Multisig) {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let multisig = suite.install_multisig().unwrap();
    (suite, multisig)
}

/// The message at the root of a failure that must have happened.
#[track_caller]
pub(crate) fn refusal<T: Debug>(res: anyhow::Result<T>) -> String {
    res.unwrap_err().root_cause().to_string()
}
