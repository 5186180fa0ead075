//! The cw20 storage every Faro rebasing token keeps alike. The keys are part of each
//! token's layout: changing one loses the data of every deployed token.

use cosmwasm_std::Addr;
use cw20::{AllowanceResponse, Logo, MarketingInfoResponse};
use cw_storage_plus::{Item, Map};

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
