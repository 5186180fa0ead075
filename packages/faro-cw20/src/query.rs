//! The cw20 queries every Faro rebasing token answers alike.

use cosmwasm_std::{Addr, Deps, Order, StdResult};
use cw20::{
    AllAccountsResponse, AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceInfo,
    AllowanceResponse, DownloadLogoResponse, MarketingInfoResponse, SpenderAllowanceInfo,
};
use cw_storage_plus::{Bound, Map};
use faro_types::pagination::page_size;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::marketing::rules;
use crate::state::{ALLOWANCES, ALLOWANCES_SPENDER, LOGO, MARKETING_INFO};

/// In balance units; zero and never expiring when none is set.
pub fn allowance(deps: Deps, owner: String, spender: String) -> StdResult<AllowanceResponse> {
    let owner_addr = deps.api.addr_validate(&owner)?;
    let spender_addr = deps.api.addr_validate(&spender)?;
    Ok(ALLOWANCES
        .may_load(deps.storage, (&owner_addr, &spender_addr))?
        .unwrap_or_default())
}

/// What `owner` allows, by spender, a page at a time.
pub fn all_allowances(
    deps: Deps,
    owner: String,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllAllowancesResponse> {
    let allowances = page(deps, ALLOWANCES, owner, start_after, limit, |spender, a| {
        AllowanceInfo {
            spender: spender.into_string(),
            allowance: a.allowance,
            expires: a.expires,
        }
    })?;
    Ok(AllAllowancesResponse { allowances })
}

/// What `spender` may spend, by owner, a page at a time.
pub fn all_spender_allowances(
    deps: Deps,
    spender: String,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllSpenderAllowancesResponse> {
    let allowances = page(
        deps,
        ALLOWANCES_SPENDER,
        spender,
        start_after,
        limit,
        |owner, a| SpenderAllowanceInfo {
            owner: owner.into_string(),
            allowance: a.allowance,
            expires: a.expires,
        },
    )?;
    Ok(AllSpenderAllowancesResponse { allowances })
}

/// The allowances of `map` under the address `first`, keyed by the second address.
fn page<T>(
    deps: Deps,
    map: Map<(&Addr, &Addr), AllowanceResponse>,
    first: String,
    start_after: Option<String>,
    limit: Option<u32>,
    to_info: impl Fn(Addr, AllowanceResponse) -> T,
) -> StdResult<Vec<T>> {
    let first_addr = deps.api.addr_validate(&first)?;
    let start = start_after_addr(deps, start_after)?;
    map.prefix(&first_addr)
        .range(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|item| item.map(|(second, allowance)| to_info(second, allowance)))
        .collect()
}

/// The holders in `accounts` (the token's balances by holder), in address order, a page at
/// a time.
pub fn all_accounts<T: Serialize + DeserializeOwned>(
    deps: Deps,
    accounts: Map<&Addr, T>,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllAccountsResponse> {
    let start = start_after_addr(deps, start_after)?;
    let accounts = accounts
        .keys(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|holder| holder.map(String::from))
        .collect::<StdResult<_>>()?;
    Ok(AllAccountsResponse { accounts })
}

/// The validated address a page starts after, if any.
fn start_after_addr(deps: Deps, start_after: Option<String>) -> StdResult<Option<Addr>> {
    start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()
}

pub fn marketing_info(deps: Deps) -> StdResult<MarketingInfoResponse> {
    Ok(MARKETING_INFO.may_load(deps.storage)?.unwrap_or_default())
}

pub fn download_logo(deps: Deps) -> StdResult<DownloadLogoResponse> {
    rules::download_logo(LOGO.may_load(deps.storage)?)
}
