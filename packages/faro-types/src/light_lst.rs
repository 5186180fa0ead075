//! Light LST (`lightTOKEN-<operator>`): one per operator; deposits are never staked and
//! never slashed, and rebase up with light-service rewards net of commission.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;
use crate::token::TokenMetadata;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The operator registry, which holds the operator's bond that pays penalties.
    pub registry: String,
    /// The operator's validator address (`<prefix>valoper1…`).
    pub operator: String,
    /// Where the operator's commission is paid.
    pub reward_address: String,
    /// The native denom deposited and withdrawn.
    pub denom: String,
    pub token: TokenMetadata,
    /// The operator's share of light rewards.
    pub commission: Decimal,
    /// The ceiling the registry allows for `commission`.
    pub max_commission: Decimal,
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
    pub registry: Addr,
    pub operator: String,
    pub reward_address: Addr,
    pub denom: String,
    pub token: TokenMetadata,
    pub commission: Decimal,
    pub max_commission: Decimal,
}
