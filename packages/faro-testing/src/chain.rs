//! The embedded chain: cw-multi-test with Faro's model of the Hub's staking, distribution
//! and liquid staking modules (see `lsm`).

use anyhow::Result;
use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{coins, Addr, Decimal};
use faro_types::liquid::LsmModule;

use crate::lsm::{self, Genesis, GenesisValidator, LsmParams};
use crate::suite::validator_name;

pub type FaroApp = lsm::LsmApp;

/// The chain's staking denom.
pub const DENOM: &str = "uatom";
/// The rule of the end-to-end chain; `GaiaLiquid` is the Hub's x/liquid (v25).
pub const LSM_MODULE: LsmModule = LsmModule::SdkStaking;
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

/// Each validator's genesis self-bond (1,000,000 ATOM).
pub const SELF_BOND: u128 = 1_000_000_000_000;

/// Starts a chain with `validators` (each self-bonded from the account with its key) and
/// funded `accounts`.
pub fn start(validators: &[String], accounts: &[Addr]) -> Result<FaroApp> {
    let genesis = Genesis {
        params: LsmParams {
            bond_denom: DENOM.to_string(),
            unbonding_time: UNBONDING_TIME,
            apr: Decimal::percent(15),
            module: LSM_MODULE,
            ..LsmParams::default()
        },
        validators: validators
            .iter()
            .enumerate()
            .map(|(i, operator)| {
                GenesisValidator::new(operator.clone(), account(&validator_name(i)), SELF_BOND)
            })
            .collect(),
        balances: accounts
            .iter()
            .map(|account| (account.clone(), coins(STARTING_BALANCE, DENOM)))
            .collect(),
    };
    lsm::start(&genesis)
}
