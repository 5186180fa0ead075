//! Per-operation pauses: the owner stops one flow without freezing the others.

use std::fmt;

use cosmwasm_std::Storage;

use crate::error::ContractError;
use crate::state::PAUSES;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Bond,
    Unbond,
    Withdraw,
    InstantExit,
    Epoch,
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Operation::Bond => "bond",
            Operation::Unbond => "unbond",
            Operation::Withdraw => "withdraw",
            Operation::InstantExit => "instant_exit",
            Operation::Epoch => "epoch",
        })
    }
}

pub fn ensure_running(storage: &dyn Storage, operation: Operation) -> Result<(), ContractError> {
    let pauses = PAUSES.may_load(storage)?.unwrap_or_default();
    let paused = match operation {
        Operation::Bond => pauses.bond,
        Operation::Unbond => pauses.unbond,
        Operation::Withdraw => pauses.withdraw,
        Operation::InstantExit => pauses.instant_exit,
        Operation::Epoch => pauses.epoch,
    };
    if paused {
        return Err(ContractError::Paused { operation });
    }
    Ok(())
}
