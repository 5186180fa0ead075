//! Hub: heavy liquid staking — bonding, the exchange rate, epochs, fees and unbonding.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

/// The protocol fee never takes more than this share of an epoch's rewards.
pub const MAX_PROTOCOL_FEE: Decimal = Decimal::percent(30);
/// The instant-exit fee never exceeds this share of the exited amount.
pub const MAX_EXIT_FEE: Decimal = Decimal::percent(5);
/// The light layer never receives more than this share of an epoch's rewards.
pub const MAX_LIGHT_BUDGET: Decimal = Decimal::percent(20);
/// α at launch: the light layer's share of each epoch's rewards.
pub const DEFAULT_LIGHT_BUDGET: Decimal = Decimal::percent(5);
/// Cosmos keeps at most this many unbonding entries per delegator–validator pair, so one
/// batch per epoch needs `epoch_period ≥ unbonding_period / MAX_UNBONDING_ENTRIES`.
pub const MAX_UNBONDING_ENTRIES: u64 = 7;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The chain's native staking denom.
    pub denom: String,
    pub heavy_lst: String,
    pub tokenizer: String,
    pub registry: String,
    pub treasury: String,
    /// Seconds between epochs (harvest, rebase, unbonding batch).
    pub epoch_period: u64,
    /// The chain's unbonding time in seconds.
    pub unbonding_period: u64,
    pub fees: FeeConfig,
    /// α: the share of each epoch's rewards routed to the light layer.
    pub light_budget: Decimal,
}

#[cw_serde]
pub struct FeeConfig {
    /// Share of each epoch's rewards taken as the protocol fee (minted as heavy LST).
    pub protocol_fee: Decimal,
    /// Share of the protocol fee paid to operators, pro rata to their stake.
    pub operator_share: Decimal,
    /// Share of the protocol fee kept as the insurance fund; the treasury takes the rest.
    pub insurance_share: Decimal,
    /// Share of an instant exit kept by the protocol.
    pub exit_fee: Decimal,
}

/// The launch fees: 10% of rewards, half to operators and half to the treasury, no
/// insurance cut yet, and 0.1% on instant exits.
impl Default for FeeConfig {
    fn default() -> Self {
        FeeConfig {
            protocol_fee: Decimal::percent(10),
            operator_share: Decimal::percent(50),
            insurance_share: Decimal::zero(),
            exit_fee: Decimal::permille(1),
        }
    }
}

#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub treasury: Option<String>,
    pub epoch_period: Option<u64>,
    pub fees: Option<FeeConfig>,
    pub light_budget: Option<Decimal>,
}

#[cw_ownable_execute]
#[cw_serde]
pub enum ExecuteMsg {
    /// Owner only. Every changed field must stay within the published bounds.
    UpdateConfig(ConfigUpdate),
}

#[cw_ownable_query]
#[cw_serde]
#[derive(QueryResponses)]
pub enum QueryMsg {
    #[returns(Config)]
    Config {},
}

#[cw_serde]
pub struct Config {
    pub denom: String,
    pub heavy_lst: Addr,
    pub tokenizer: Addr,
    pub registry: Addr,
    pub treasury: Addr,
    pub epoch_period: u64,
    pub unbonding_period: u64,
    pub fees: FeeConfig,
    pub light_budget: Decimal,
}
