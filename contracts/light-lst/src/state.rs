use cosmwasm_schema::cw_serde;
use cosmwasm_std::{Addr, Decimal, Decimal256, Timestamp, Uint128};
use cw_storage_plus::{Item, Map};
use faro_types::light_lst::{Config, PendingCommission};

// Allowances, marketing info and logo live under the keys of `faro_cw20::state`.

/// Validated at instantiate; see `config.rs`. Only the reward address changes.
pub const CONFIG: Item<Config> = Item::new("config");

/// The token-wide books; see `ledger.rs`.
pub const POOL: Item<Pool> = Item::new("pool");

/// Every holder's units and the index it last settled at; an account leaves the map when
/// its units reach zero (it has no pending rewards then either).
pub const ACCOUNTS: Map<&Addr, Account> = Map::new("accounts");

/// The operator's commission, and the change it proposed.
pub const COMMISSION: Item<Commission> = Item::new("commission");

/// Running totals since launch, for `State`.
pub const TOTALS: Item<Totals> = Item::new("totals");

#[cw_serde]
#[derive(Default)]
pub struct Pool {
    /// The sum of every account's units.
    pub total_units: Uint128,
    /// Rewards per unit since launch.
    pub reward_index: Decimal256,
    /// Reward coins held for holders and not yet turned into units, exactly: what index
    /// raises spread, less what settlements took. `State` shows its floor.
    pub unsettled: Decimal256,
    /// Rewards (and burnt coins) that came while there were no units.
    pub undistributed: Uint128,
}

#[cw_serde]
#[derive(Default)]
pub struct Account {
    pub units: Uint128,
    /// The reward index when the account was last settled.
    pub index: Decimal256,
}

#[cw_serde]
pub struct Commission {
    /// In force since the last time a proposal applied (see `commission.rs`).
    pub rate: Decimal,
    pub pending: Option<PendingCommission>,
    /// When the operator last proposed a change.
    pub proposed_at: Option<Timestamp>,
}

#[cw_serde]
#[derive(Default)]
pub struct Totals {
    pub rewards_received: Uint128,
    pub commission_paid: Uint128,
    pub penalties_reported: Uint128,
}
