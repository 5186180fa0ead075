use cosmwasm_std::Addr;
use faro_types::liquid::LiquidError;

faro_types::contract_error! {
    /// A share denom that is not `<valoper>/<record id>`, or an LSM response that does
    /// not decode.
    #[error("{0}")]
    Liquid(#[from] LiquidError),

    #[error("{sender} may not {action}: only the hub may")]
    Unauthorized { sender: Addr, action: &'static str },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("a validator address must not be empty")]
    EmptyValidator,

    #[error("{list} must not be empty")]
    EmptyList { list: &'static str },

    #[error("{list} has {len} entries, more than {max}")]
    TooManyEntries {
        list: &'static str,
        len: usize,
        max: usize,
    },

    #[error("cannot redelegate from {validator} to itself")]
    SameValidator { validator: String },

    #[error("the chain answered with {found}, not the bond denom {expected}")]
    UnexpectedDenom { expected: String, found: String },

    #[error("no reply is expected with id {id}")]
    UnknownReply { id: u64 },

    #[error("submessage {id} failed: {error}")]
    SubMessageFailed { id: u64, error: String },
}
