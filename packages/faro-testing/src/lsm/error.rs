//! The chain's refusals as typed errors. Messages follow the Cosmos SDK's wording
//! (`x/staking/types/errors.go` of the LSM fork) so a failing scenario reads like the
//! chain's log. Tests match on the variant: `err.downcast_ref::<LsmError>()`, or
//! [`lsm_error`] when the error came back through a contract.

use cosmwasm_std::{Decimal, Decimal256, StdError, Uint128};
use thiserror::Error;

#[derive(Error, Debug, Clone, PartialEq)]
pub enum LsmError {
    /// A storage or serialization failure, rendered.
    #[error("{0}")]
    Std(String),

    /// Arithmetic beyond 256 bits: the model's own failure, never the chain's.
    #[error("LSM model: arithmetic overflow")]
    Overflow,

    #[error("LSM model: the chain has no genesis (params missing)")]
    NoGenesis,

    #[error("validator {validator} already exists")]
    ValidatorExists { validator: String },

    #[error("validator does not exist: {validator}")]
    NoValidatorFound { validator: String },

    #[error("no delegation for (address, validator) tuple: ({delegator}, {validator})")]
    NoDelegation {
        delegator: String,
        validator: String,
    },

    #[error("{reason}: invalid request")]
    InvalidRequest { reason: String },

    #[error("invalid coin denomination: got {got}, expected {expected}: invalid request")]
    InvalidDenom { got: String, expected: String },

    /// The validator has no tokens, so no exchange rate.
    #[error("insufficient delegation shares")]
    InsufficientShares,

    #[error("not enough delegation shares: have {have}, want {want}")]
    NotEnoughDelegationShares { have: Decimal256, want: Decimal256 },

    #[error("cannot delegate to validators with invalid (zero) ex-rate: {validator}")]
    DelegatorShareExRateInvalid { validator: String },

    /// Not the SDK's rule: see the module docs on jailing.
    #[error("validator {validator} is jailed")]
    ValidatorJailed { validator: String },

    #[error("validator {validator} is not jailed")]
    ValidatorNotJailed { validator: String },

    #[error("too many unbonding delegation entries for (delegator, validator) tuple: ({delegator}, {validator})")]
    MaxUnbondingEntries {
        delegator: String,
        validator: String,
    },

    #[error("too many redelegation entries for (delegator, src-validator, dst-validator) tuple: ({delegator}, {src}, {dst})")]
    MaxRedelegationEntries {
        delegator: String,
        src: String,
        dst: String,
    },

    #[error("cannot redelegate to the same validator")]
    SelfRedelegation,

    #[error("redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation")]
    TransitiveRedelegation,

    #[error("too few tokens to redelegate (truncates to zero tokens)")]
    TinyRedelegationAmount,

    #[error("delegator is not allowed to tokenize shares from validator with a redelegation in progress")]
    RedelegationInProgress,

    #[error("only bond denom is allowed for tokenize, not {denom}")]
    OnlyBondDenomForTokenize { denom: String },

    #[error("too few tokens to tokenize (no whole share)")]
    TinyTokenizeAmount,

    #[error("delegation or tokenization exceeds the global cap")]
    GlobalLiquidStakingCapExceeded,

    #[error("delegation or tokenization exceeds the validator cap of {validator}")]
    ValidatorLiquidStakingCapExceeded { validator: String },

    #[error("total liquid staked underflow")]
    TotalLiquidStakedUnderflow,

    #[error("validator liquid shares underflow: {validator}")]
    ValidatorLiquidSharesUnderflow { validator: String },

    #[error("not enough balance: {balance}{denom} < {amount}{denom}")]
    NotEnoughBalance {
        denom: String,
        balance: Uint128,
        amount: Uint128,
    },

    #[error("tokenize share record not exists: {denom}")]
    TokenizeShareRecordNotExists { denom: String },

    #[error("too few tokens to redeem (truncates to zero tokens)")]
    TinyRedemptionAmount,

    #[error("unauthorized: message signer {signer} is not the sender {sender}")]
    Unauthorized { signer: String, sender: String },

    #[error("unknown message type {type_url}")]
    UnsupportedMessage { type_url: String },

    #[error("invalid {type_url}: {reason}")]
    InvalidMessage { type_url: String, reason: String },

    #[error("slash fraction {fraction} is not within [0, 1]")]
    InvalidSlashFraction { fraction: Decimal },

    #[error("impossible attempt to slash future infraction at height {infraction_height} but we are at height {height}")]
    FutureInfraction { infraction_height: u64, height: u64 },

    #[error("liquid staking cap {cap} is not within [0, 1]")]
    InvalidCap { cap: Decimal },
}

impl From<StdError> for LsmError {
    fn from(err: StdError) -> Self {
        LsmError::Std(err.to_string())
    }
}

/// The [`LsmError`] anywhere in an error's chain (a contract's submessage wraps it).
pub fn lsm_error(err: &anyhow::Error) -> Option<&LsmError> {
    err.chain()
        .find_map(|cause| cause.downcast_ref::<LsmError>())
}
