use cosmwasm_std::{Deps, Order, StdResult};
use cw20::{
    AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceInfo, AllowanceResponse,
    SpenderAllowanceInfo,
};
use cw_storage_plus::Bound;
use faro_types::pagination::page_size;

use crate::state::{ALLOWANCES, ALLOWANCES_SPENDER};

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
    let owner_addr = deps.api.addr_validate(&owner)?;
    let start = start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()?;
    let allowances = ALLOWANCES
        .prefix(&owner_addr)
        .range(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|item| {
            item.map(|(spender, allowance)| AllowanceInfo {
                spender: spender.into_string(),
                allowance: allowance.allowance,
                expires: allowance.expires,
            })
        })
        .collect::<StdResult<_>>()?;
    Ok(AllAllowancesResponse { allowances })
}

/// What `spender` may spend, by owner, a page at a time.
pub fn all_spender_allowances(
    deps: Deps,
    spender: String,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<AllSpenderAllowancesResponse> {
    let spender_addr = deps.api.addr_validate(&spender)?;
    let start = start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()?;
    let allowances = ALLOWANCES_SPENDER
        .prefix(&spender_addr)
        .range(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|item| {
            item.map(|(owner, allowance)| SpenderAllowanceInfo {
                owner: owner.into_string(),
                allowance: allowance.allowance,
                expires: allowance.expires,
            })
        })
        .collect::<StdResult<_>>()?;
    Ok(AllSpenderAllowancesResponse { allowances })
}
