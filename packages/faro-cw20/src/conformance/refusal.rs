//! What kind of refusal a token made, apart from its own error type.

use crate::{AllowanceError, LogoError};

/// The refusals the checks provoke, as a cw20 client tells them apart. A harness maps its
/// token's errors onto these; where cw20-base reports two refusals alike (an allowance and
/// a balance too small are both an arithmetic overflow), its harness maps both onto the
/// broader kind and the finer checks are the faro-only ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A movement of nothing.
    ZeroAmount,
    /// The balance (or, for cw20-base, the allowance) does not cover the amount.
    Insufficient,
    /// Coins attached to a message that takes none.
    Funds,
    /// An input the standard library refused, such as an address that does not validate.
    Malformed,
    /// The sender may not change the marketing info or logo.
    Unauthorized,
    /// An allowance from an account to itself.
    OwnAccount,
    /// A new allowance expiration that has already passed.
    InvalidExpiration,
    /// A spender spending an allowance that has expired.
    Expired,
    /// A spender without an allowance from the owner.
    NoAllowance,
    /// An allowance that does not cover the amount.
    InsufficientAllowance,
    /// An allowance raised beyond the largest amount.
    AllowanceOverflow,
    /// A logo too big or not what its format says.
    InvalidLogo,
    /// Anything else, described.
    Other(String),
}

impl From<&AllowanceError> for Refusal {
    fn from(error: &AllowanceError) -> Self {
        match error {
            AllowanceError::Overflow(_) => Refusal::AllowanceOverflow,
            AllowanceError::CannotSetOwnAccount => Refusal::OwnAccount,
            AllowanceError::InvalidExpiration { .. } => Refusal::InvalidExpiration,
            AllowanceError::Expired { .. } => Refusal::Expired,
            AllowanceError::NoAllowance => Refusal::NoAllowance,
            AllowanceError::InsufficientAllowance { .. } => Refusal::InsufficientAllowance,
        }
    }
}

impl From<&LogoError> for Refusal {
    fn from(_: &LogoError) -> Self {
        Refusal::InvalidLogo
    }
}
