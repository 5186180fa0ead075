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
