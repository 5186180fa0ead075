use cosmwasm_std::{Decimal256, Uint128};

faro_cw20::token_contract_error! {
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
