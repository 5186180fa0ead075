//! What the mock chain knows: bech32 addresses and one validator.

use cosmwasm_std::{Decimal, Validator};
use cosmwasm_vm::testing::MockApi;

/// The staking denom, also the bonded denom of the mock staking module.
pub const DENOM: &str = "uatom";
/// Validator addresses use the chain's prefix + "valoper".
const VALOPER_PREFIX: &str = "cosmwasmvaloper";

/// A bech32 account address (prefix `cosmwasm`) derived from `label`.
pub fn addr(label: &str) -> String {
    MockApi::default().addr_make(label)
}

pub fn owner() -> String {
    addr("owner")
}

/// The address ownership is transferred to (the multisig, in phase 1).
pub fn new_owner() -> String {
    addr("multisig")
}

/// The one validator the staking module knows: `cosmwasmvaloper1…`.
pub fn validator_addr() -> String {
    MockApi::default()
        .with_prefix(VALOPER_PREFIX)
        .addr_make("validator")
}

pub fn validator() -> Validator {
    Validator::create(
        validator_addr(),
        Decimal::percent(5),
        Decimal::percent(20),
        Decimal::percent(1),
    )
}
