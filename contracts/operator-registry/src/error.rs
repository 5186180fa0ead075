use faro_types::operator_registry::OperatorStatus;

faro_types::contract_error! {
    #[error("{valoper} is not a lowercase validator operator address")]
    InvalidValoper { valoper: String },

    #[error("no validator {valoper} on this chain")]
    UnknownValidator { valoper: String },

    #[error("only the account of validator {valoper} may act for it")]
    NotValidatorAccount { valoper: String },

    #[error("operator {valoper} is already registered")]
    AlreadyRegistered { valoper: String },

    #[error("no operator {valoper}")]
    OperatorNotFound { valoper: String },

    #[error("the registry holds its maximum of {max} operators")]
    TooManyOperators { max: u32 },

    #[error("a moniker is 1 to 70 characters")]
    InvalidMoniker,

    #[error("an operator must offer heavy or light services, or both")]
    NoServices,

    #[error("operator {valoper} is {status:?}; cannot {action}")]
    InvalidTransition {
        valoper: String,
        status: OperatorStatus,
        action: &'static str,
    },
}
