use cosmwasm_std::{Timestamp, Uint128};

faro_cw20::token_contract_error! {
    #[error("no validator {operator} on this chain")]
    UnknownValidator { operator: String },

    #[error("a balance of {available} does not cover {needed}")]
    InsufficientBalance { available: Uint128, needed: Uint128 },

    #[error("the commission was proposed less than a day ago; next change possible at {possible_at}")]
    CommissionChangeTooSoon { possible_at: Timestamp },
}
