use faro_types::token::TokenMetadataError;

faro_types::contract_error! {
    #[error("{0}")]
    Token(#[from] TokenMetadataError),

    #[error("no validator {operator} on this chain")]
    UnknownValidator { operator: String },
}
