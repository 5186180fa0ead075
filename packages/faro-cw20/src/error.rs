//! What the shared cw20 flows refuse. Allowance and logo failures keep their own enums, which
//! a token wraps; the sender and amount refusals are single facts that each token maps onto
//! variants of its own, so its errors read the same whichever flow refused.

use cosmwasm_std::{Addr, OverflowError, StdError, Uint128};
use cw20::Expiration;
use cw_utils::PaymentError;
use thiserror::Error;

use crate::LOGO_SIZE_CAP;

#[derive(Error, Debug, PartialEq)]
pub enum AllowanceError {
    #[error(transparent)]
    Overflow(#[from] OverflowError),

    #[error("an account cannot give itself an allowance")]
    CannotSetOwnAccount,

    #[error("the allowance's new expiration has already passed ({expires})")]
    InvalidExpiration { expires: Expiration },

    #[error("the allowance has expired ({expires})")]
    Expired { expires: Expiration },

    #[error("no allowance from this owner to this spender")]
    NoAllowance,

    #[error("the allowance of {allowance} does not cover {needed}")]
    InsufficientAllowance { allowance: Uint128, needed: Uint128 },
}

#[derive(Error, Debug, PartialEq)]
pub enum LogoError {
    #[error("the logo is {size} bytes, above the cap of {LOGO_SIZE_CAP}")]
    LogoTooBig { size: usize },

    #[error("the PNG logo does not start with the PNG header")]
    InvalidPngHeader,

    #[error("the SVG logo does not start with an XML preamble")]
    InvalidXmlPreamble,
}

/// `sender` may not do `action` (change the marketing info or logo).
#[derive(Error, Debug, PartialEq)]
#[error("{sender} may not {action}")]
pub struct Unauthorized {
    pub sender: Addr,
    pub action: &'static str,
}

/// A transfer, send or burn of nothing.
#[derive(Error, Debug, PartialEq)]
#[error("the amount must not be zero")]
pub struct ZeroAmount;

/// The error of a token using this crate: it takes every refusal the shared flows make.
pub trait Cw20Error:
    From<StdError>
    + From<PaymentError>
    + From<AllowanceError>
    + From<LogoError>
    + From<Unauthorized>
    + From<ZeroAmount>
{
}

impl<E> Cw20Error for E where
    E: From<StdError>
        + From<PaymentError>
        + From<AllowanceError>
        + From<LogoError>
        + From<Unauthorized>
        + From<ZeroAmount>
{
}

/// Declares a rebasing token's `ContractError` ([`faro_types::contract_error!`]) with the
/// variants every refusal of the shared flows lands in, so that a token's errors read the
/// same whichever flow refused, then the token's own variants.
#[macro_export]
macro_rules! token_contract_error {
    ($($variants:tt)*) => {
        $crate::error::reexport::faro_types::contract_error! {
            #[error("{0}")]
            Token(#[from] $crate::error::reexport::faro_types::token::TokenMetadataError),

            #[error("{0}")]
            Allowance(#[from] $crate::AllowanceError),

            #[error("{0}")]
            Logo(#[from] $crate::LogoError),

            #[error("{sender} may not {action}")]
            Unauthorized {
                sender: $crate::error::reexport::Addr,
                action: &'static str,
            },

            #[error("the amount must not be zero")]
            ZeroAmount,

            $($variants)*
        }

        impl From<$crate::Unauthorized> for ContractError {
            fn from($crate::Unauthorized { sender, action }: $crate::Unauthorized) -> Self {
                ContractError::Unauthorized { sender, action }
            }
        }

        impl From<$crate::ZeroAmount> for ContractError {
            fn from(_: $crate::ZeroAmount) -> Self {
                ContractError::ZeroAmount
            }
        }
    };
}

/// What the token macros name, reachable from the token crate through this one.
#[doc(hidden)]
pub mod reexport {
    pub use cosmwasm_std::Addr;
    pub use faro_types;
}
