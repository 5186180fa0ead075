use cosmwasm_std::StdError;
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::lifecycle::MigrateError;
use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum ContractError {
    #[error(transparent)]
    Std(#[from] StdError),

    #[error(transparent)]
    Ownership(#[from] OwnershipError),

    #[error(transparent)]
    Payment(#[from] PaymentError),

    #[error(transparent)]
    Migrate(#[from] MigrateError),

    #[error(transparent)]
    Bound(#[from] BoundError),
}
