//! The chain's refusals as typed errors. Messages follow the Cosmos SDK's wording
//! (`x/staking/types/errors.go` of the LSM fork) so a failing scenario reads like the
//! chain's log. Tests match on the variant: `err.downcast_ref::<LsmError>()`, or
//! [`lsm_error`] when the error came back through a contract.

use std::fmt;

use cosmwasm_std::{Decimal, Decimal256, StdError, Uint128};

#[derive(Debug, Clone, PartialEq)]
pub enum LsmError {
    /// A storage or serialization failure, rendered.
    Std(String),
    /// Arithmetic beyond 256 bits: the model's own failure, never the chain's.
    Overflow,
    NoGenesis,
    ValidatorExists {
        validator: String,
    },
    NoValidatorFound {
        validator: String,
    },
    NoDelegation {
        delegator: String,
        validator: String,
    },
    InvalidRequest {
        reason: String,
    },
    InvalidDenom {
        got: String,
        expected: String,
    },
    /// The validator has no tokens, so no exchange rate.
    InsufficientShares,
    NotEnoughDelegationShares {
        have: Decimal256,
        want: Decimal256,
    },
    DelegatorShareExRateInvalid {
        validator: String,
    },
    /// Not the SDK's rule: see the module docs on jailing.
    ValidatorJailed {
        validator: String,
    },
    ValidatorNotJailed {
        validator: String,
    },
    MaxUnbondingEntries {
        delegator: String,
        validator: String,
    },
    MaxRedelegationEntries {
        delegator: String,
        src: String,
        dst: String,
    },
    SelfRedelegation,
    TransitiveRedelegation,
    TinyRedelegationAmount,
    RedelegationInProgress,
    OnlyBondDenomForTokenize {
        denom: String,
    },
    TinyTokenizeAmount,
    GlobalLiquidStakingCapExceeded,
    ValidatorLiquidStakingCapExceeded {
        validator: String,
    },
    TotalLiquidStakedUnderflow,
    ValidatorLiquidSharesUnderflow {
        validator: String,
    },
    NotEnoughBalance {
        denom: String,
        balance: Uint128,
        amount: Uint128,
    },
    TokenizeShareRecordNotExists {
        denom: String,
    },
    TinyRedemptionAmount,
    Unauthorized {
        signer: String,
        sender: String,
    },
    UnsupportedMessage {
        type_url: String,
    },
    InvalidMessage {
        type_url: String,
        reason: String,
    },
    InvalidSlashFraction {
        fraction: Decimal,
    },
    FutureInfraction {
        infraction_height: u64,
        height: u64,
    },
    InvalidCap {
        cap: Decimal,
    },
}

impl fmt::Display for LsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LsmError::*;
        match self {
            Std(err) => write!(f, "{err}"),
            Overflow => write!(f, "LSM model: arithmetic overflow"),
            NoGenesis => write!(f, "LSM model: the chain has no genesis (params missing)"),
            ValidatorExists { validator } => write!(f, "validator {validator} already exists"),
            NoValidatorFound { validator } => write!(f, "validator does not exist: {validator}"),
            NoDelegation {
                delegator,
                validator,
            } => write!(
                f,
                "no delegation for (address, validator) tuple: ({delegator}, {validator})"
            ),
            InvalidRequest { reason } => write!(f, "{reason}: invalid request"),
            InvalidDenom { got, expected } => write!(
                f,
                "invalid coin denomination: got {got}, expected {expected}: invalid request"
            ),
            InsufficientShares => write!(f, "insufficient delegation shares"),
            NotEnoughDelegationShares { have, want } => {
                write!(f, "not enough delegation shares: have {have}, want {want}")
            }
            DelegatorShareExRateInvalid { validator } => write!(
                f,
                "cannot delegate to validators with invalid (zero) ex-rate: {validator}"
            ),
            ValidatorJailed { validator } => write!(f, "validator {validator} is jailed"),
            ValidatorNotJailed { validator } => write!(f, "validator {validator} is not jailed"),
            MaxUnbondingEntries {
                delegator,
                validator,
            } => write!(
                f,
                "too many unbonding delegation entries for (delegator, validator) tuple: ({delegator}, {validator})"
            ),
            MaxRedelegationEntries { delegator, src, dst } => write!(
                f,
                "too many redelegation entries for (delegator, src-validator, dst-validator) tuple: ({delegator}, {src}, {dst})"
            ),
            SelfRedelegation => write!(f, "cannot redelegate to the same validator"),
            TransitiveRedelegation => write!(
                f,
                "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation"
            ),
            TinyRedelegationAmount => {
                write!(f, "too few tokens to redelegate (truncates to zero tokens)")
            }
            RedelegationInProgress => write!(
                f,
                "delegator is not allowed to tokenize shares from validator with a redelegation in progress"
            ),
            OnlyBondDenomForTokenize { denom } => {
                write!(f, "only bond denom is allowed for tokenize, not {denom}")
            }
            TinyTokenizeAmount => write!(f, "too few tokens to tokenize (no whole share)"),
            GlobalLiquidStakingCapExceeded => {
                write!(f, "delegation or tokenization exceeds the global cap")
            }
            ValidatorLiquidStakingCapExceeded { validator } => write!(
                f,
                "delegation or tokenization exceeds the validator cap of {validator}"
            ),
            TotalLiquidStakedUnderflow => write!(f, "total liquid staked underflow"),
            ValidatorLiquidSharesUnderflow { validator } => {
                write!(f, "validator liquid shares underflow: {validator}")
            }
            NotEnoughBalance {
                denom,
                balance,
                amount,
            } => write!(f, "not enough balance: {balance}{denom} < {amount}{denom}"),
            TokenizeShareRecordNotExists { denom } => {
                write!(f, "tokenize share record not exists: {denom}")
            }
            TinyRedemptionAmount => {
                write!(f, "too few tokens to redeem (truncates to zero tokens)")
            }
            Unauthorized { signer, sender } => write!(
                f,
                "unauthorized: message signer {signer} is not the sender {sender}"
            ),
            UnsupportedMessage { type_url } => write!(f, "unknown message type {type_url}"),
            InvalidMessage { type_url, reason } => write!(f, "invalid {type_url}: {reason}"),
            InvalidSlashFraction { fraction } => {
                write!(f, "slash fraction {fraction} is not within [0, 1]")
            }
            FutureInfraction {
                infraction_height,
                height,
            } => write!(
                f,
                "impossible attempt to slash future infraction at height {infraction_height} but we are at height {height}"
            ),
            InvalidCap { cap } => write!(f, "liquid staking cap {cap} is not within [0, 1]"),
        }
    }
}

impl std::error::Error for LsmError {}

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
