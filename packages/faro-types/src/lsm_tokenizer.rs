//! LSM tokenizer: custody of the protocol's stake; the only contract that speaks staking
//! and LSM to the chain, on the hub's orders alone.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::Addr;
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The only address whose orders the tokenizer follows.
    pub hub: String,
    /// The chain's native staking denom.
    pub denom: String,
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
    pub hub: Addr,
    pub denom: String,
}
