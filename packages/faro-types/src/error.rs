//! The failures every Faro contract can meet, declared once.

pub use cosmwasm_std::{OverflowError, StdError};
pub use cw_ownable::OwnershipError;
pub use cw_utils::PaymentError;

/// Declares the contract's `ContractError`: first the failures every Faro contract shares
/// — storage and serialisation, arithmetic, ownership, funds, migration, bounds and
/// denoms, each passed through unchanged — then the contract's own variants.
///
/// ```ignore
/// faro_types::contract_error! {
///     #[error("the amount must not be zero")]
///     ZeroAmount,
/// }
/// ```
#[macro_export]
macro_rules! contract_error {
    ($($variants:tt)*) => {
        #[derive(::thiserror::Error, Debug, PartialEq)]
        pub enum ContractError {
            #[error(transparent)]
            Std(#[from] $crate::error::StdError),

            #[error(transparent)]
            Overflow(#[from] $crate::error::OverflowError),

            #[error(transparent)]
            Ownership(#[from] $crate::error::OwnershipError),

            #[error(transparent)]
            Payment(#[from] $crate::error::PaymentError),

            #[error(transparent)]
            Migrate(#[from] $crate::lifecycle::MigrateError),

            #[error(transparent)]
            Bound(#[from] $crate::bounds::BoundError),

            #[error(transparent)]
            Denom(#[from] $crate::denom::DenomError),

            $($variants)*
        }
    };
}
