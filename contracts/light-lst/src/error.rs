use cosmwasm_std::{Addr, Timestamp, Uint128};
use faro_cw20::{AllowanceError, LogoError, Unauthorized, ZeroAmount};
use faro_types::token::TokenMetadataError;

faro_types::contract_error! {
    #[error("{0}")]
    Token(#[from] TokenMetadataError),

    #[error("{0}")]
    Allowance(#[from] AllowanceError),

    #[error("{0}")]
    Logo(#[from] LogoError),

    #[error("no validator {operator} on this chain")]
    UnknownValidator { operator: String },

    #[error("{sender} may not {action}")]
    Unauthorized { sender: Addr, action: &'static str },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("a balance of {available} does not cover {needed}")]
    InsufficientBalance { available: Uint128, needed: Uint128 },

    #[error("the commission was proposed less than a day ago; next change possible at {possible_at}")]
    CommissionChangeTooSoon { possible_at: Timestamp },
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
