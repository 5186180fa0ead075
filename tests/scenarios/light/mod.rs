//! The light layer and operators' phase 2, across the hub, the registry and the light
//! LSTs: one token per operator, the light budget, commissions, penalties from bonds
//! only, permissionless operators with bonds and partial pools.

mod budget;
mod commission;
mod penalties;
mod phase2;
mod tokens;

use cosmwasm_std::Addr;
use faro_testing::chain::account;
use faro_testing::Suite;

pub const PRINCIPAL: u128 = 10_000_000;

/// Three operators, each with its own light LST, and `holders` funded.
pub fn suite_with(holders: &[&Addr]) -> Suite {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    for holder in holders {
        suite.fund(holder, 1_000_000_000_000).unwrap();
    }
    suite
}

pub fn alice() -> Addr {
    account("alice")
}

pub fn bob() -> Addr {
    account("bob")
}
