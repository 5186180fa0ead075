//! Oracle: members submit per-epoch reports of what the chain cannot see; a report is
//! final once members with weight at or above the threshold agree on the same content.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

/// The member set is bounded so that quorum checks stay cheap.
pub const MAX_MEMBERS: usize = 50;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    pub hub: String,
    pub members: Vec<MemberInput>,
    /// Total weight that must agree on a report. Must exceed half the total weight, so
    /// that two different reports can never both be final.
    pub threshold: u64,
    /// Seconds after an epoch's end beyond which its reports are refused.
    pub staleness: u64,
    /// The largest move of any index per epoch that applies without the owner's approval.
    pub max_rate_change: Decimal,
}

#[cw_serde]
pub struct MemberInput {
    pub addr: String,
    pub weight: u64,
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
    #[returns(MembersResponse)]
    Members {
        start_after: Option<String>,
        limit: Option<u32>,
    },
}

#[cw_serde]
pub struct Config {
    pub hub: Addr,
    pub threshold: u64,
    pub total_weight: u64,
    pub staleness: u64,
    pub max_rate_change: Decimal,
}

#[cw_serde]
pub struct Member {
    pub addr: Addr,
    pub weight: u64,
}

#[cw_serde]
pub struct MembersResponse {
    pub members: Vec<Member>,
}
