use cosmwasm_std::{Deps, Order, StdResult};
use cw_storage_plus::Bound;
use faro_types::oracle::{Config, Member, MembersResponse};
use faro_types::pagination::page_size;

use crate::state::{CONFIG, MEMBERS};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn members(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<MembersResponse> {
    let start = start_after
        .map(|addr| deps.api.addr_validate(&addr))
        .transpose()?;
    let members = MEMBERS
        .range(
            deps.storage,
            start.as_ref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| entry.map(|(addr, weight)| Member { addr, weight }))
        .collect::<StdResult<_>>()?;
    Ok(MembersResponse { members })
}
