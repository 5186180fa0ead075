//! Light LST (`lightTOKEN-<moniker>`): one per operator, instantiated by the operator
//! registry. Deposits are never staked and never slashed; balances rebase up with
//! light-service rewards net of the operator's commission.
//!
//! Balances are kept in *units* and a reward index (rewards per unit):
//!
//! - a deposit of `amount` coins credits exactly `amount` units: 1:1, no rounding;
//! - a reward of `amount` coins pays the operator `⌊amount × commission⌋` and raises the
//!   index by `⌊rest ÷ total units⌋` (18 decimals); while there are no units, the rest
//!   waits for the next reward;
//! - a holder's balance is `units + ⌊units × (index − index at its last touch)⌋`. Any
//!   message that touches an account first turns those pending rewards into units, so
//!   after the touch balance and units are equal and every cw20 amount moves units 1:1;
//! - units leave an account only by its own (or its spender's) transfer, send, burn or
//!   withdrawal. Penalties are paid from the operator's bond in the registry, never here:
//!   a holder's balance never falls below the units it holds.
//!
//! A pending reward starts earning only once its account is touched; the compounding
//! this forgoes between touches is second order in the reward rate.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{
    to_json_binary, Addr, Coin, CosmosMsg, Decimal, Decimal256, QuerierWrapper, StdResult,
    Timestamp, Uint128, WasmMsg,
};

pub use crate::lifecycle::MigrateMsg;
use crate::msg_enum::msg_enum;
use crate::token::TokenMetadata;
pub use cw20::{
    AllAccountsResponse, AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceResponse,
    BalanceResponse, Cw20ReceiveMsg, DownloadLogoResponse, Expiration, Logo, MarketingInfoResponse,
    TokenInfoResponse,
};

/// A commission change waits this long before it applies, and an operator proposes at
/// most one change in this time.
pub const COMMISSION_DELAY: u64 = 24 * 3600;

#[cw_serde]
pub struct InstantiateMsg {
    /// Owner (the registry's owner, the DAO): may report penalties, like the oracle.
    pub owner: String,
    /// The operator registry: holds the operator's bond, names the oracle, and forwards
    /// the operator's reward address changes.
    pub registry: String,
    /// The operator's validator address (`<prefix>valoper1…`).
    pub operator: String,
    /// The validator's own account: the only one that sets the commission.
    pub operator_account: String,
    /// Where the operator's commission is paid.
    pub reward_address: String,
    /// The native denom deposited and withdrawn.
    pub denom: String,
    pub token: TokenMetadata,
    /// The operator's share of light rewards at launch.
    pub commission: Decimal,
    /// The ceiling the registry allows for `commission` at launch; later proposals are
    /// held to the registry's ceiling at the time.
    pub max_commission: Decimal,
}

msg_enum! {
    pub enum ExecuteMsg {
        /// Exactly one coin of the denom: credits that many units to `recipient` (default: the
        /// sender).
        Deposit {
            recipient: Option<String>,
        },
        /// Pays `amount` of the sender's balance in coins to `recipient` (default: the sender).
        Withdraw {
            amount: Uint128,
            recipient: Option<String>,
        },
        /// Light-service rewards: exactly one coin of the denom, from anyone (the hub's light
        /// budget, the oracle's rollup rewards). The commission is paid out at once.
        Reward {},
        /// Owner or the registry's oracle: a penalty for bad light service, taken from the
        /// operator's bond in the registry (capped at the bond), never from holders.
        Penalise {
            amount: Uint128,
        },
        /// The operator's account: proposes a new commission (at most the registry's current
        /// `max_commission`), applied `COMMISSION_DELAY` later; at most one proposal per
        /// `COMMISSION_DELAY`.
        SetCommission {
            commission: Decimal,
        },
        /// The registry only: the operator moved its reward address.
        SetRewardAddress {
            reward_address: String,
        },
        Transfer, Send,
        /// Destroys `amount` of the sender's balance; its coins become a reward for the
        /// remaining holders, without commission.
        Burn,
        IncreaseAllowance, DecreaseAllowance, TransferFrom, SendFrom, BurnFrom,
        /// The marketing address or the owner. `None` keeps a field, `""` clears it.
        UpdateMarketing,
        /// The marketing address or the owner. Embedded PNG/SVG logos hold at most 5 KB.
        UploadLogo,
    }
}

msg_enum! {
    pub enum QueryMsg {
        /// Deposits, rewards and commission.
        #[returns(LightState)]
        State {},
        /// The units deposited in all: what the hub splits the light budget by.
        #[returns(DepositsResponse)]
        Deposits {},
        /// Units and pending rewards of one account.
        #[returns(Holding)]
        Holding { address: String },
        Balance, TokenInfo, Allowance, AllAllowances, AllSpenderAllowances, AllAccounts,
        MarketingInfo, DownloadLogo,
    }
}

#[cw_serde]
pub struct Config {
    pub registry: Addr,
    pub operator: String,
    pub operator_account: Addr,
    pub reward_address: Addr,
    pub denom: String,
    pub token: TokenMetadata,
    /// The registry's ceiling at launch; `SetCommission` asks the registry for its
    /// current one.
    pub max_commission: Decimal,
}

#[cw_serde]
pub struct PendingCommission {
    pub commission: Decimal,
    pub applies_at: Timestamp,
}

#[cw_serde]
pub struct LightState {
    /// The sum of every account's units.
    pub total_units: Uint128,
    /// Rewards per unit since launch.
    pub reward_index: Decimal256,
    /// Reward coins held for holders and not yet turned into units.
    pub unsettled_rewards: Uint128,
    /// Rewards received while there were no units, spread at the next reward.
    pub undistributed: Uint128,
    pub commission: Decimal,
    /// A proposed change, visible until it applies.
    pub pending_commission: Option<PendingCommission>,
    /// When the operator last proposed a change.
    pub commission_changed_at: Option<Timestamp>,
    /// Everything received as rewards, and paid as commission, since launch.
    pub rewards_received: Uint128,
    pub commission_paid: Uint128,
    /// Penalties reported here and forwarded to the registry, since launch.
    pub penalties_reported: Uint128,
}

#[cw_serde]
pub struct DepositsResponse {
    pub total_units: Uint128,
}

#[cw_serde]
pub struct Holding {
    pub units: Uint128,
    /// Rewards earned since the account was last touched; units at its next touch.
    pub pending: Uint128,
}

/// The messages other Faro contracts send a light LST, serialised exactly as the
/// [`ExecuteMsg`] variants of the same names.
#[cw_serde]
pub enum CallMsg {
    Reward {},
    SetRewardAddress { reward_address: String },
}

/// The queries other Faro contracts make, serialised as the [`QueryMsg`] variants.
#[cw_serde]
pub enum CallQueryMsg {
    Deposits {},
}

/// A light LST as the hub and the registry call it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LightLstContract(pub Addr);

impl LightLstContract {
    pub fn call(&self, msg: &CallMsg, funds: Vec<Coin>) -> StdResult<CosmosMsg> {
        Ok(WasmMsg::Execute {
            contract_addr: self.0.to_string(),
            msg: to_json_binary(msg)?,
            funds,
        }
        .into())
    }

    pub fn deposits(&self, querier: &QuerierWrapper) -> StdResult<Uint128> {
        let res: DepositsResponse =
            querier.query_wasm_smart(&self.0, &CallQueryMsg::Deposits {})?;
        Ok(res.total_units)
    }
}
