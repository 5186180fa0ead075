use cosmwasm_std::{Addr, OverflowError, StdError};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::denom::DenomError;
use faro_types::lifecycle::MigrateError;
use faro_types::liquid::LiquidError;
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum ContractError {
    #[error(transparent)]
    Std(#[from] StdError),

    #[error(transparent)]
    Overflow(#[from] OverflowError),

    #[error(transparent)]
    Ownership(#[from] OwnershipError),

    #[error(transparent)]
    Payment(#[from] PaymentError),

    #[error(transparent)]
    Migrate(#[from] MigrateError),

    #[error(transparent)]
    Denom(#[from] DenomError),

    /// A share denom that is not `<valoper>/<record id>`, or an LSM response that does
    /// not decode.
    #[error(transparent)]
    Liquid(#[from] LiquidError),

    #[error("{sender} may not {action}: only the hub may")]
    Unauthorized { sender: Addr, action: &'static str },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("a validator address must not be empty")]
    EmptyValidator,

    #[error("{list} must not be empty")]
    EmptyList { list: &'static str },

    #[error("{list} has {len} entries, more than {max}")]
    TooManyEntries {
        list: &'static str,
        len: usize,
        max: usize,
    },

    #[error("cannot redelegate from {validator} to itself")]
    SameValidator { validator: String },

    #[error("the chain answered with {found}, not the bond denom {expected}")]
    UnexpectedDenom { expected: String, found: String },

    #[error("no reply is expected with id {id}")]
    UnknownReply { id: u64 },

    #[error("submessage {id} failed: {error}")]
    SubMessageFailed { id: u64, error: String },
}
