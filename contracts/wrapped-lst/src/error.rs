use cosmwasm_std::{Addr, OverflowError, StdError, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::lifecycle::MigrateError;
use faro_types::token::TokenMetadataError;
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
    Token(#[from] TokenMetadataError),

    /// A standard cw20 message refused by cw20-base.
    #[error(transparent)]
    Cw20(#[from] cw20_base::ContractError),

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("{needed} needed, {available} available")]
    InsufficientBalance { available: Uint128, needed: Uint128 },

    #[error("only the heavy LST can be wrapped, not {token}")]
    UnexpectedToken { token: Addr },

    #[error("the send should have brought {expected} shares, {received} arrived")]
    SharesNotReceived {
        expected: Uint128,
        received: Uint128,
    },
}
