use cosmwasm_std::{Addr, Decimal256, Uint128};
use cw20::{AllowanceResponse, Logo, MarketingInfoResponse};
use cw_storage_plus::{Item, Map};
use faro_types::heavy_lst::Config;

/// Validated at instantiate; see `config.rs`.
pub const CONFIG: Item<Config> = Item::new("config");

/// The balance one share is worth; 1 at instantiate, set by the hub alone, always positive.
pub const INDEX: Item<Decimal256> = Item::new("index");

/// Every account's shares; an account leaves the map when its shares reach zero.
pub const SHARES: Map<&Addr, Uint128> = Map::new("shares");

/// The sum of `SHARES`, kept in step by every mint, burn and transfer.
pub const TOTAL_SHARES: Item<Uint128> = Item::new("total_shares");

/// Allowances in balance units, by (owner, spender); removed when used up or decreased to
/// zero.
pub const ALLOWANCES: Map<(&Addr, &Addr), AllowanceResponse> = Map::new("allowance");

/// The same allowances by (spender, owner), for `AllSpenderAllowances`.
pub const ALLOWANCES_SPENDER: Map<(&Addr, &Addr), AllowanceResponse> =
    Map::new("allowance_spender");

/// Project, description, marketing address and logo kind; empty until first updated.
pub const MARKETING_INFO: Item<MarketingInfoResponse> = Item::new("marketing_info");

/// The logo itself (URL or embedded SVG/PNG).
pub const LOGO: Item<Logo> = Item::new("logo");
