//! DAO: the treasury and token governance; FRO staked for voting power, proposals that
//! carry messages, and the cw3 interface.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The FRO governance token (a cw20).
    pub gov_token: String,
    /// Seconds unstaked FRO waits before it can be claimed.
    pub unstaking_period: u64,
    /// Seconds a proposal is open for votes.
    pub voting_period: u64,
    /// Share of the votes cast (excluding abstentions) that must be yes; above one half.
    pub threshold: Decimal,
    /// Share of the voting power at the proposal's start that must vote.
    pub quorum: Decimal,
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
    pub gov_token: Addr,
    pub unstaking_period: u64,
    pub voting_period: u64,
    pub threshold: Decimal,
    pub quorum: Decimal,
}
