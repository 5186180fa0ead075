//! Prover pool: provers stake wrapped LST, are assigned rollup blocks by weight, are paid
//! for timely proofs and slashed for missed ones.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal, Uint128};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

/// The top provers by stake that receive assignments.
pub const ACTIVE_SET_SIZE: u32 = 32;
/// Seconds an exiting prover waits before withdrawing its stake.
pub const EXIT_DELAY: u64 = 7 * 24 * 3600;
/// Seconds between two changes of a prover's stake parameters.
pub const PARAMS_COOLDOWN: u64 = 24 * 3600;
/// The proving window is twice the average proof delay, clamped to these seconds.
pub const MIN_PROOF_WINDOW: u64 = 10 * 60;
pub const MAX_PROOF_WINDOW: u64 = 90 * 60;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The cw20 provers stake (the wrapped LST).
    pub stake_token: String,
    /// The native denom proposers pay fees in and provers are paid in.
    pub fee_denom: String,
    /// Receives slashed stake.
    pub treasury: String,
    /// The relayer allowed to report block proposals and proofs.
    pub relayer: String,
    pub min_capacity: u32,
    pub min_stake_per_capacity: Uint128,
    /// F at launch: the fee per gas before any proof has moved it.
    pub initial_fee_per_gas: Decimal,
    pub max_open_blocks: u32,
    /// Share of an assigned prover's stake slashed for a missed proof.
    pub slash_fraction: Decimal,
    /// A slash is at least this many times the block's reward.
    pub slash_reward_multiple: u32,
}

#[cw_ownable_execute]
#[cw_serde]
pub enum ExecuteMsg {}

#[cw_ownable_query]
#[cw_serde]
#[derive(QueryResponses)]
pub enum QueryMsg {
    #[returns(Config)]
    Config {},
}

#[cw_serde]
pub struct Config {
    pub stake_token: Addr,
    pub fee_denom: String,
    pub treasury: Addr,
    pub relayer: Addr,
    pub min_capacity: u32,
    pub min_stake_per_capacity: Uint128,
    pub initial_fee_per_gas: Decimal,
    pub max_open_blocks: u32,
    pub slash_fraction: Decimal,
    pub slash_reward_multiple: u32,
}
