use cosmwasm_std::{Timestamp, Uint128};
use faro_types::liquid::LiquidError;

use crate::math::MathError;
use crate::pause::Operation;

faro_types::contract_error! {
    #[error("{0}")]
    Math(#[from] MathError),

    #[error("{0}")]
    Liquid(#[from] LiquidError),

    #[error("{sender} may not call this; only {expected} may")]
    Unauthorized { sender: String, expected: String },

    #[error("{operation} is paused")]
    Paused { operation: Operation },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("the first bond must exceed {minimum}, the shares locked against inflation")]
    FirstBondTooSmall { amount: Uint128, minimum: Uint128 },

    #[error("a bond of {amount} is worth no heavy share")]
    BondTooSmall { amount: Uint128 },

    #[error("{valoper} is not an active heavy operator")]
    OperatorNotActive { valoper: String },

    #[error("operator {valoper}'s partial pool has room for {room} more stake")]
    OperatorFull { valoper: String, room: Uint128 },

    #[error("the next epoch starts at {next_epoch_at}")]
    EpochNotDue { next_epoch_at: Timestamp },

    #[error("no batch {id}")]
    BatchNotFound { id: u64 },

    #[error("batch {id} is not withdrawable yet")]
    BatchNotWithdrawable { id: u64 },

    #[error("no unbond request of yours in batch {batch_id}")]
    NoUnbondRequest { batch_id: u64 },

    #[error("an exit of {amount} is worth nothing after the exit fee")]
    ExitTooSmall { amount: Uint128 },

    #[error("the protocol's delegation to {validator} is {available}, less than {needed}")]
    InsufficientDelegation {
        validator: String,
        available: Uint128,
        needed: Uint128,
    },

    #[error("the hub holds {balance}, less than the {owed} it owes")]
    Underfunded { balance: Uint128, owed: Uint128 },

    #[error("the tokenizer's reply carried no data")]
    MissingReplyData,

    #[error("unknown reply id {id}")]
    UnknownReply { id: u64 },
}
