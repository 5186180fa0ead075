use cosmwasm_std::{Addr, Decimal, Timestamp, Uint128};

use crate::math::MathError;

faro_types::contract_error! {
    #[error("{0}")]
    Math(#[from] MathError),

    #[error("{sender} may not report blocks; only the relayer or the owner may")]
    NotReporter { sender: Addr },

    #[error("{token} is not the stake token")]
    WrongToken { token: Addr },

    #[error("the amount must not be zero")]
    ZeroAmount,

    #[error("a block must use some gas")]
    ZeroGas,

    #[error("a parent hash is 32 bytes, not {length}")]
    InvalidParentHash { length: usize },

    #[error("a stake of {stake} is below the {minimum} its capacity needs")]
    StakeBelowMinimum { stake: Uint128, minimum: Uint128 },

    #[error("the active set is full; a new stake must exceed its smallest, {smallest}")]
    StakeTooSmallForSet { smallest: Uint128 },

    #[error("a top-up must keep reward per gas {reward_per_gas} and capacity {capacity}; use UpdateParams to change them")]
    ParamsMismatch {
        reward_per_gas: Decimal,
        capacity: u32,
    },

    #[error("stake parameters can change again at {next_at}")]
    ParamsCooldown { next_at: Timestamp },

    #[error("no prover {address}")]
    UnknownProver { address: Addr },

    #[error("prover {address} is in the exit queue")]
    ProverExiting { address: Addr },

    #[error("prover {address} is not in the exit queue")]
    NotExiting { address: Addr },

    #[error("the stake is locked until {unlock_at}")]
    ExitLocked { unlock_at: Timestamp },

    #[error("{in_flight} blocks assigned to {address} are not settled yet")]
    BlocksInFlight { address: Addr, in_flight: u32 },

    #[error("block {block_id} was already proposed")]
    BlockExists { block_id: u64 },

    #[error("no block {block_id}")]
    UnknownBlock { block_id: u64 },

    #[error("block {block_id} is already settled")]
    BlockSettled { block_id: u64 },

    #[error("{max} open blocks are already waiting for a proof")]
    TooManyOpenBlocks { max: u32 },

    #[error("the fee is {needed} but only {available} is attached or deposited")]
    InsufficientFees { needed: Uint128, available: Uint128 },

    #[error("the deposit is {available}, less than {requested}")]
    InsufficientDeposit {
        requested: Uint128,
        available: Uint128,
    },

    #[error("a proof at {proven_at} cannot precede the block's proposal at {proposed_at}")]
    ProofBeforeProposal { proven_at: u64, proposed_at: u64 },

    #[error("a proof at {proven_at} is later than now, {now}")]
    ProofInFuture { proven_at: u64, now: u64 },

    #[error("block {block_id} is {assigned}'s to prove until its window ends")]
    NotAssigned { block_id: u64, assigned: Addr },
}
