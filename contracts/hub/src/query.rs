use cosmwasm_std::{Deps, Order, StdResult};
use cw_storage_plus::Bound;
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::{
    Batch, BatchesResponse, Config, Pauses, State, UnbondRequest, UnbondRequestsResponse,
};
use faro_types::pagination::{page, page_size};

use crate::math::index;
use crate::state::{BATCHES, BOOKS, CONFIG, PAUSES, UNBOND_REQUESTS};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn state(deps: Deps) -> StdResult<State> {
    let config = CONFIG.load(deps.storage)?;
    let books = BOOKS.load(deps.storage)?;
    let total_shares = HeavyLstContract(config.heavy_lst).total_shares(&deps.querier)?;
    let exchange_rate = index(books.backing()?, total_shares)
        .map_err(|err| cosmwasm_std::StdError::generic_err(err.to_string()))?;
    Ok(State {
        books,
        total_shares,
        exchange_rate,
    })
}

pub fn pauses(deps: Deps) -> StdResult<Pauses> {
    Ok(PAUSES.may_load(deps.storage)?.unwrap_or_default())
}

pub fn batch(deps: Deps, id: u64) -> StdResult<Batch> {
    BATCHES.load(deps.storage, id)
}

pub fn batches(
    deps: Deps,
    start_before: Option<u64>,
    limit: Option<u32>,
) -> StdResult<BatchesResponse> {
    let batches = BATCHES
        .range(
            deps.storage,
            None,
            start_before.map(Bound::exclusive),
            Order::Descending,
        )
        .take(page_size(limit))
        .map(|item| item.map(|(_, batch)| batch))
        .collect::<StdResult<_>>()?;
    Ok(BatchesResponse { batches })
}

pub fn unbond_requests(
    deps: Deps,
    address: String,
    start_after: Option<u64>,
    limit: Option<u32>,
) -> StdResult<UnbondRequestsResponse> {
    let holder = deps.api.addr_validate(&address)?;
    let prefix = UNBOND_REQUESTS.prefix(&holder);
    let requests = page(deps.storage, &prefix, start_after, limit)?
        .into_iter()
        .map(|(batch_id, shares)| UnbondRequest { batch_id, shares })
        .collect();
    Ok(UnbondRequestsResponse { requests })
}
