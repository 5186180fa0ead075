//! The ownership interface every Faro contract shares (cw-ownable's execute variant and
//! query), typed once so that tests can drive any contract's ownership alike.

use cosmwasm_schema::cw_serde;
use cw_ownable::Action;

#[cw_serde]
pub enum OwnableExecuteMsg {
    UpdateOwnership(Action),
}

#[cw_serde]
pub enum OwnableQueryMsg {
    Ownership {},
}

pub type Ownership = cw_ownable::Ownership<String>;
