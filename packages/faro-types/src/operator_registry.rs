//! Operator registry: validators register as operators, post bonds and receive heavy
//! weights; approved by the DAO in phase 1, permissionless above a minimum bond in phase 2.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Decimal, Uint128};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

/// Heavy stake routed to an operator is capped at `bond × max_leverage`.
pub const DEFAULT_MAX_LEVERAGE: u64 = 100;
pub const MAX_LEVERAGE_BOUND: u64 = 1_000;
/// The longest an exiting operator can be made to wait for its bond, in seconds.
pub const MAX_EXIT_PERIOD: u64 = 60 * 24 * 3600;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The native denom operators bond in.
    pub bond_denom: String,
    pub min_bond: Uint128,
    pub max_leverage: u64,
    /// The ceiling on the light-service commission an operator may set.
    pub max_commission: Decimal,
    /// Seconds an exiting operator waits before its bond is returned.
    pub exit_period: u64,
    /// Phase 2: anyone with a bond of at least `min_bond` is active without approval.
    pub permissionless: bool,
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
    pub bond_denom: String,
    pub min_bond: Uint128,
    pub max_leverage: u64,
    pub max_commission: Decimal,
    pub exit_period: u64,
    pub permissionless: bool,
}
