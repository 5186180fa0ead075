//! Wrapped LST (`wstTOKEN`): a non-rebasing cw20 whose unit is one heavy LST share.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::Addr;
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;
use crate::token::TokenMetadata;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The heavy LST this token wraps.
    pub heavy_lst: String,
    pub token: TokenMetadata,
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
    pub heavy_lst: Addr,
    pub token: TokenMetadata,
}
