use crate::cw20_rules::{AllowanceError, LogoError};
use cosmwasm_std::{Addr, Decimal256, OverflowError, StdError, Uint128};
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

    #[error(transparent)]
    Allowance(#[from] AllowanceError),

    #[error(transparent)]
    Logo(#[from] LogoError),

    #[error("{sender} may not {action}")]
    Unauthorized { sender: Addr, action: &'static str },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("{amount} is worth less than one share at index {index}")]
    RoundsToZeroShares { amount: Uint128, index: Decimal256 },

    #[error("{needed} shares needed, {available} available")]
    InsufficientShares { available: Uint128, needed: Uint128 },

    #[error("the index must be positive, not {index}")]
    InvalidIndex { index: Decimal256 },

    #[error("{total_shares} shares at index {index} exceed the largest supply")]
    SupplyOverflow {
        total_shares: Uint128,
        index: Decimal256,
    },
}
