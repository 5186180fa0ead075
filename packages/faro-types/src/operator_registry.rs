//! Operator registry: validators register as operators, post bonds and receive heavy
//! weights; approved by the DAO in phase 1, permissionless above a minimum bond in phase 2.
//!
//! - **Phase 1** (`permissionless: false`): an operator is active once the owner approves
//!   it, with the weight the owner gives; its heavy stake is not capped.
//! - **Phase 2** (`permissionless: true`, the DAO's switch): an operator is active while
//!   its bond is at least `min_bond` and it is neither jailed nor exiting; self-activated
//!   operators start with [`DEFAULT_WEIGHT`]. The heavy stake the hub routes to any
//!   operator is capped at `bond × max_leverage` (a partial pool).
//! - An operator offering light services gets its own light LST, instantiated by the
//!   registry with instantiate2 (the address is known before it exists, and recorded
//!   from the reply).
//! - Penalties for bad light service are taken from the bond, capped at it, and paid to
//!   the treasury. An exiting operator waits `exit_period`, still liable, then claims
//!   what is left of its bond.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, CosmosMsg, Decimal, QuerierWrapper, StdResult, Timestamp, Uint128,
    WasmMsg,
};
use serde::Deserialize;

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;

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
/// A light operator's performance score weighs its share of the light budget: from 0
/// (no share) to this, perfect service, which every operator starts with.
pub const MAX_LIGHT_SCORE: Decimal = Decimal::one();
/// The heavy weight of an operator that activated itself with its bond (phase 2).
pub const DEFAULT_WEIGHT: u64 = 100;

#[cw_serde]
pub struct InstantiateMsg {
    pub owner: String,
    pub config: Config<String>,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Sent by the validator's own account (same key as its `valoper`), optionally with
        /// its bond in `bond_denom`. Phase 1: pending until the owner approves it. Phase 2:
        /// active at once if the bond reaches `min_bond`.
        Register(Registration),
        /// The operator changes its reward address, moniker or services; turning light
        /// services on creates its light LST if it has none.
        UpdateOperator(OperatorUpdate),
        /// The operator's account adds the attached `bond_denom` coins to its bond; in phase 2
        /// a pending operator whose bond reaches `min_bond` becomes active.
        PostBond { valoper: String },
        /// The operator's account starts leaving: no new stake, bond still liable for
        /// `exit_period`.
        Exit { valoper: String },
        /// The operator's account, once the exit period is over: what is left of the bond is
        /// paid to the account and the operator leaves the registry.
        ClaimBond { valoper: String },
        /// The owner, the oracle or the operator's own light LST: takes up to `amount` from
        /// the operator's bond (never more than the bond) and pays it to the treasury.
        Penalise { valoper: String, amount: Uint128 },
        /// Owner only: a pending or jailed operator becomes active with `weight`, or an
        /// active one changes weight.
        Approve { valoper: String, weight: u64 },
        /// Owner only: an active operator receives no new stake until unjailed.
        Jail { valoper: String },
        /// Owner only: the operator leaves the set; any bond is returned to its account.
        Remove { valoper: String },
        /// Owner only: each field given replaces the current one, within bounds. The switch
        /// to phase 2, or a new `min_bond` in phase 2, applies to every operator at once:
        /// active ones bonded below the minimum go back to pending, pending ones bonded at
        /// least the minimum become active.
        UpdateConfig(ConfigUpdate),
        /// The oracle or the owner: light operators' performance scores (each at most
        /// [`MAX_LIGHT_SCORE`]), which weigh their deposits in the hub's light budget split
        /// from the next epoch on. At most `MAX_OPERATORS` per message.
        SetLightScores { scores: Vec<LightScore> },
    }
}

#[cw_serde]
pub struct LightScore {
    pub valoper: String,
    pub score: Decimal,
}

#[cw_serde]
#[derive(Default)]
pub struct ConfigUpdate {
    pub permissionless: Option<bool>,
    pub min_bond: Option<Uint128>,
    pub max_leverage: Option<u64>,
    pub max_commission: Option<Decimal>,
    pub exit_period: Option<u64>,
    pub treasury: Option<String>,
    pub oracle: Option<String>,
    pub light_lst_code_id: Option<u64>,
}

#[cw_serde]
pub struct Registration {
    pub valoper: String,
    pub reward_address: String,
    pub moniker: String,
    pub services: Services,
    /// The commission the operator's light LST starts with; required with light services.
    pub light_commission: Option<Decimal>,
}

#[cw_serde]
pub struct OperatorUpdate {
    pub valoper: String,
    pub reward_address: Option<String>,
    pub moniker: Option<String>,
    pub services: Option<Services>,
    /// Required when this update creates the light LST; later changes go to the light LST.
    pub light_commission: Option<Decimal>,
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
    Exiting,
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
    /// Native coins of `bond_denom` posted, less penalties.
    pub bond: Uint128,
    /// The operator's light LST, once instantiated.
    pub light_lst: Option<Addr>,
    /// When an exiting operator may claim its bond.
    pub exits_at: Option<Timestamp>,
    /// The light-service performance score the oracle last reported.
    pub light_score: Decimal,
}

msg_enum! {
    pub enum QueryMsg {
        /// The oracle that may report penalties, if any (what light LSTs ask).
        #[returns(OracleResponse)]
        Oracle {},
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
        /// The light LSTs of active operators offering light services, for the hub's light
        /// budget.
        #[returns(LightLstsResponse)]
        LightLsts {
            start_after: Option<String>,
            limit: Option<u32>,
        },
    }
}

#[cw_serde]
pub struct OracleResponse {
    pub oracle: Option<Addr>,
}

#[cw_serde]
pub struct LightLstEntry {
    pub valoper: String,
    pub address: Addr,
    /// The operator's light-service performance score.
    pub score: Decimal,
}

#[cw_serde]
pub struct LightLstsResponse {
    pub light_lsts: Vec<LightLstEntry>,
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
    /// The most heavy stake the operator may hold: `bond × max_leverage` in phase 2,
    /// `None` (uncapped) in phase 1.
    pub cap: Option<Uint128>,
}

#[cw_serde]
pub struct HeavyWeightsResponse {
    pub weights: Vec<HeavyWeight>,
    /// The sum over every active heavy operator, not only this page.
    pub total_weight: u64,
}

/// The registry's configuration. Its addresses (`A`) are `String` as sent at instantiation
/// and `Addr` once validated, as stored and as the `Config` query answers.
#[cw_serde]
#[schemars(rename = "Config")]
pub struct Config<A = Addr> {
    /// The native denom operators bond in.
    pub bond_denom: String,
    pub min_bond: Uint128,
    pub max_leverage: u64,
    /// The ceiling on the light-service commission an operator may set.
    pub max_commission: Decimal,
    /// Seconds an exiting operator waits before its bond is returned.
    pub exit_period: u64,
    /// Phase 2; normally false at instantiation, switched on later by the DAO.
    pub permissionless: bool,
    /// Receives penalties taken from bonds.
    pub treasury: A,
    /// The rebasing oracle, which may report penalties; none until it is deployed.
    pub oracle: Option<A>,
    /// The light LST code the registry instantiates for each light operator.
    pub light_lst_code_id: u64,
    /// The staking token's symbol, e.g. `ATOM`: light LSTs are `light<SYMBOL>-<moniker>`.
    pub token_symbol: String,
    /// Decimals of the bond denom, given to each light LST.
    pub token_decimals: u8,
}

crate::impl_try_map_addresses! {
    Config {
        addresses: treasury;
        optional: oracle;
        kept: bond_denom, min_bond, max_leverage, max_commission, exit_period, permissionless,
            light_lst_code_id, token_symbol, token_decimals
    }
}

/// The message light LSTs send the registry, serialised exactly as the [`ExecuteMsg`]
/// variant of the same name.
#[cw_serde]
pub enum CallMsg {
    Penalise { valoper: String, amount: Uint128 },
    SetLightScores { scores: Vec<LightScore> },
}

/// The queries the hub and the light LSTs make, serialised exactly as the [`QueryMsg`]
/// variants of the same names.
#[cw_serde]
pub enum CallQueryMsg {
    Config {},
    Oracle {},
    Operators {
        start_after: Option<String>,
        limit: Option<u32>,
    },
    HeavyWeights {
        start_after: Option<String>,
        limit: Option<u32>,
    },
    LightLsts {
        start_after: Option<String>,
        limit: Option<u32>,
    },
}

/// The two fields of an [`Operator`] the oracle reads; the others are skipped, so the
/// oracle need not carry their deserialiser.
#[derive(Deserialize)]
struct OperatorLightLst {
    valoper: String,
    light_lst: Option<Addr>,
}

#[derive(Deserialize)]
struct OperatorLightLsts {
    operators: Vec<OperatorLightLst>,
}

/// The one field of [`Config`] the light LSTs read.
#[derive(serde::Deserialize)]
struct CommissionCeiling {
    max_commission: Decimal,
}

/// The registry as the hub and the light LSTs call it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryContract(pub Addr);

impl RegistryContract {
    /// Every active heavy operator: the set is capped at [`MAX_OPERATORS`], one page.
    pub fn heavy_weights(&self, querier: &QuerierWrapper) -> StdResult<Vec<HeavyWeight>> {
        let msg = CallQueryMsg::HeavyWeights {
            start_after: None,
            limit: Some(MAX_OPERATORS),
        };
        let res: HeavyWeightsResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res.weights)
    }

    /// Every light LST that earns the light budget: at most `MAX_OPERATORS`, one page.
    pub fn light_lsts(&self, querier: &QuerierWrapper) -> StdResult<Vec<LightLstEntry>> {
        let msg = CallQueryMsg::LightLsts {
            start_after: None,
            limit: Some(MAX_OPERATORS),
        };
        let res: LightLstsResponse = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res.light_lsts)
    }

    /// Every operator's light LST, by valoper, whatever the operator's status: the
    /// registry holds at most [`MAX_OPERATORS`], one page.
    pub fn operator_light_lsts(&self, querier: &QuerierWrapper) -> StdResult<Vec<(String, Addr)>> {
        let msg = CallQueryMsg::Operators {
            start_after: None,
            limit: Some(MAX_OPERATORS),
        };
        let res: OperatorLightLsts = querier.query_wasm_smart(&self.0, &msg)?;
        Ok(res
            .operators
            .into_iter()
            .filter_map(|operator| Some((operator.valoper, operator.light_lst?)))
            .collect())
    }

    /// The ceiling on light commissions the registry sets now: light LSTs hold their
    /// operators' proposals to it.
    pub fn max_commission(&self, querier: &QuerierWrapper) -> StdResult<Decimal> {
        let res: CommissionCeiling = querier.query_wasm_smart(&self.0, &CallQueryMsg::Config {})?;
        Ok(res.max_commission)
    }

    /// The oracle the registry names now: the light LSTs take penalties from it.
    pub fn oracle(&self, querier: &QuerierWrapper) -> StdResult<Option<Addr>> {
        let res: OracleResponse = querier.query_wasm_smart(&self.0, &CallQueryMsg::Oracle {})?;
        Ok(res.oracle)
    }

    /// The oracle's light-service scores.
    pub fn set_light_scores_msg(&self, scores: Vec<LightScore>) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&CallMsg::SetLightScores { scores })?,
            funds: vec![],
        }
        .into())
    }

    /// The light LST's penalty, forwarded to the registry.
    pub fn penalise_msg(
        &self,
        valoper: impl Into<String>,
        amount: Uint128,
    ) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(&CallMsg::Penalise {
                valoper: valoper.into(),
                amount,
            })?,
            funds: vec![],
        }
        .into())
    }
}
