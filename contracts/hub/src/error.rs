use cosmwasm_std::{OverflowError, StdError};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::{bounds::BoundError, denom::DenomError, lifecycle::MigrateError};
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
    Bound(#[from] BoundError),

    #[error(transparent)]
    Denom(#[from] DenomError),
}
