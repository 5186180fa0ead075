use cosmwasm_std::{Instantiate2AddressError, Timestamp, Uint128};
use cw_utils::ParseReplyError;
use faro_types::operator_registry::OperatorStatus;
use faro_types::token::TokenMetadataError;

faro_types::contract_error! {
    #[error("{0}")]
    Instantiate2(#[from] Instantiate2AddressError),

    #[error("{0}")]
    ParseReply(#[from] ParseReplyError),

    #[error("{0}")]
    Token(#[from] TokenMetadataError),

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

    #[error("a bond of {bond} is below the minimum of {min}")]
    BondTooSmall { bond: Uint128, min: Uint128 },

    #[error("operator {valoper} may claim its bond from {exits_at}")]
    ExitPending { valoper: String, exits_at: Timestamp },

    #[error("{sender} may not penalise operators")]
    Unauthorized { sender: String },

    #[error("the token symbol {symbol:?} must be 1 to 10 ASCII letters or digits")]
    InvalidTokenSymbol { symbol: String },

    #[error("light services need a light commission for the operator's light LST")]
    LightCommissionRequired,

    #[error("a light commission is only taken when it launches the light LST; change it on the light LST")]
    UnexpectedLightCommission,

    #[error("moniker {moniker:?} has no ASCII letter or digit to name a light LST")]
    NoSymbolInMoniker { moniker: String },

    #[error("unknown reply id {id}")]
    UnknownReply { id: u64 },

    #[error("no light LST instantiation is awaiting its reply")]
    NoPendingLightLst,

    #[error("the light LST instantiation failed: {reason}")]
    LightLstFailed { reason: String },

    #[error("the light LST instantiation answered no contract address")]
    MissingInstantiateResponse,

    #[error("the light LST was instantiated at {actual}, not at the predicted {expected}")]
    LightLstAddressMismatch { expected: String, actual: String },
}
