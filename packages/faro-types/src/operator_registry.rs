//! Operator registry: validators register as operators, post bonds and receive heavy
//! weights; approved by the DAO in phase 1, permissionless above a minimum bond in phase 2.

use cosmwasm_schema::{cw_serde, QueryResponses};
use cosmwasm_std::{Addr, Decimal, QuerierWrapper, StdResult, Uint128};
use cw_ownable::{cw_ownable_execute, cw_ownable_query};

pub use crate::lifecycle::MigrateMsg;

/// The operator set is bounded so that per-epoch work over it stays bounded.
pub const MAX_OPERATORS: u32 = 100;
/// A heavy weight is a relative share of new stake; bounded to keep sums far from overflow.
pub const MAX_WEIGHT: u64 = 10_000;
pub const MONIKER_LENGTH: std::ops::RangeInclusive<usize> = 1..=70;

/// Heavy stake routed to an operator is capped at `bond × max_leverage`.
pub const DEFAULT_MAX_LEVERAGE: u64 = 100;
pub const MAX_LEVERAGE_BOUND: u64 = 1_000;
/// The longest an exiting operator can be made to wait for its bond, in seconds.
pub const MAX_EXIT_PERIOD: u64 = 60 * 24 * 3600;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    /// The native denom operators bond in.
    pub bond_denom: String,
    pub min_bond: Uint128,
    pub max_leverage: u64,
    /// The ceiling on the light-service commission an operator may set.
    pub max_commission: Decimal,
    /// Seconds an exiting operator waits before its bond is returned.
    pub exit_period: u64,
}

#[cw_ownable_execute]
#[cw_serde]
pub enum ExecuteMsg {
    /// Sent by the validator's own account (same key as its `valoper`): the operator
    /// starts pending until the owner approves it.
    Register(Registration),
    /// The operator changes its reward address, moniker or services.
    UpdateOperator(OperatorUpdate),
    /// Owner only: a pending or jailed operator becomes active with `weight`.
    Approve { valoper: String, weight: u64 },
    /// Owner only: an active operator receives no new stake until unjailed.
    Jail { valoper: String },
    /// Owner only: the operator leaves the set.
    Remove { valoper: String },
}

#[cw_serde]
pub struct Registration {
    pub valoper: String,
    pub reward_address: String,
    pub moniker: String,
    pub services: Services,
}

#[cw_serde]
pub struct OperatorUpdate {
    pub valoper: String,
    pub reward_address: Option<String>,
    pub moniker: Option<String>,
    pub services: Option<Services>,
}

#[cw_serde]
#[derive(Copy)]
pub struct Services {
    /// Receives heavy stake from the hub.
    pub heavy: bool,
    /// Offers light services, with its own light LST.
    pub light: bool,
}

#[cw_serde]
#[derive(Copy)]
pub enum OperatorStatus {
    Pending,
    Active,
    Jailed,
}

#[cw_serde]
pub struct Operator {
    pub valoper: String,
    /// The validator's own account, which registered and manages the operator.
    pub account: Addr,
    pub reward_address: Addr,
    pub moniker: String,
    pub services: Services,
    pub status: OperatorStatus,
    /// Relative share of new heavy stake while active; zero until approved.
    pub weight: u64,
}

#[cw_ownable_query]
#[cw_serde]
#[derive(QueryResponses)]
pub enum QueryMsg {
    #[returns(Config)]
    Config {},
    /// `None` when `valoper` is not registered.
    #[returns(Option<Operator>)]
    Operator { valoper: String },
    #[returns(OperatorsResponse)]
    Operators {
        start_after: Option<String>,
        limit: Option<u32>,
    },
    /// The active heavy operators with a weight, their target weights and reward
    /// addresses, for the hub.
    #[returns(HeavyWeightsResponse)]
    HeavyWeights {
        start_after: Option<String>,
        limit: Option<u32>,
    },
}

#[cw_serde]
pub struct OperatorsResponse {
    pub operators: Vec<Operator>,
}

#[cw_serde]
pub struct HeavyWeight {
    pub valoper: String,
    pub weight: u64,
    /// Where the operator's share of the protocol fee is paid.
    pub reward_address: Addr,
}

#[cw_serde]
pub struct HeavyWeightsResponse {
    pub weights: Vec<HeavyWeight>,
    /// The sum over every active heavy operator, not only this page.
    pub total_weight: u64,
}

#[cw_serde]
pub struct Config {
    pub bond_denom: String,
    pub min_bond: Uint128,
    pub max_leverage: u64,
    pub max_commission: Decimal,
    pub exit_period: u64,
}

/// The registry as the hub queries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryContract(pub Addr);

impl RegistryContract {
    /// Every active heavy operator: the set is capped at [`MAX_OPERATORS`], one page.
    pub fn heavy_weights(&self, querier: &QuerierWrapper) -> StdResult<Vec<HeavyWeight>> {
        let msg = QueryMsg::HeavyWeights {
            start_after: None,
            limit: Some(MAX_OPERATORS),
        };
        let res: HeavyWeightsResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res.weights)
    }
}
