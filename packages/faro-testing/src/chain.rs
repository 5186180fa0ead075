//! The embedded chain: cw-multi-test with the staking module set up as a Cosmos Hub.

use anyhow::Result;
use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{coins, Addr, Decimal, Validator};
use cw_multi_test::{App, AppBuilder, StakingInfo};

pub type FaroApp = App;

/// The chain's staking denom.
pub const DENOM: &str = "uatom";
/// The chain's unbonding time, in seconds (Cosmos Hub: 21 days).
pub const UNBONDING_TIME: u64 = 21 * 24 * 3600;
/// Every named account starts with this many base units.
pub const STARTING_BALANCE: u128 = 1_000_000_000_000;

/// Bech32 addresses with the chain's account prefix, like `MockApi::addr_make`.
pub fn account(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

/// A validator operator address with the chain's `valoper` prefix.
pub fn valoper(name: &str) -> String {
    MockApi::default()
        .with_prefix("cosmwasmvaloper")
        .addr_make(name)
        .to_string()
}

/// Starts a chain with `validators` (named `validator0…`) and funded `accounts`.
pub fn start(validators: &[String], accounts: &[Addr]) -> Result<FaroApp> {
    let app = AppBuilder::new().build(|router, api, storage| {
        for account in accounts {
            router
                .bank
                .init_balance(storage, account, coins(STARTING_BALANCE, DENOM))
                .expect("funding a fresh account");
        }
        let staking = StakingInfo {
            bonded_denom: DENOM.to_string(),
            unbonding_time: UNBONDING_TIME,
            apr: Decimal::percent(15),
        };
        router
            .staking
            .setup(storage, staking)
            .expect("staking parameters");
        let block = cosmwasm_std::testing::mock_env().block;
        for operator in validators {
            let validator = Validator::create(
                operator.clone(),
                Decimal::percent(5),
                Decimal::percent(20),
                Decimal::percent(1),
            );
            router
                .staking
                .add_validator(api, storage, &block, validator)
                .expect("a new validator");
        }
    });
    Ok(app)
}
