//! Heavy LST (`stTOKEN`): a rebasing cw20 whose balances are shares × index.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::Addr;
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;
use crate::token::TokenMetadata;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The only minter, burner and mover of the index.
    pub hub: String,
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
    pub hub: Addr,
    pub token: TokenMetadata,
}
