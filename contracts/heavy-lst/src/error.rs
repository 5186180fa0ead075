use cosmwasm_std::{Addr, Decimal256, Uint128};
use faro_cw20::{AllowanceError, LogoError, Unauthorized, ZeroAmount};
use faro_types::token::TokenMetadataError;

faro_types::contract_error! {
    #[error("{0}")]
    Token(#[from] TokenMetadataError),

    #[error("{0}")]
    Allowance(#[from] AllowanceError),

    #[error("{0}")]
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

impl From<Unauthorized> for ContractError {
    fn from(Unauthorized { sender, action }: Unauthorized) -> Self {
        ContractError::Unauthorized { sender, action }
    }
}

impl From<ZeroAmount> for ContractError {
    fn from(_: ZeroAmount) -> Self {
        ContractError::ZeroAmount
    }
}
