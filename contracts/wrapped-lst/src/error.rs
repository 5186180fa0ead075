use cosmwasm_std::{Addr, Uint128};
use faro_types::token::TokenMetadataError;

faro_types::contract_error! {
    #[error("{0}")]
    Token(#[from] TokenMetadataError),

    /// A standard cw20 message refused by cw20-base.
    #[error("{0}")]
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
