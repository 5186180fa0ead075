use cosmwasm_std::{Deps, Order, StdResult};
use cw_storage_plus::Bound;
use faro_types::oracle_gateway::{ChannelsResponse, Config};
use faro_types::pagination::page_size;

use crate::state::{CHANNELS, CONFIG};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn channels(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<ChannelsResponse> {
    let channels = CHANNELS
        .range(
            deps.storage,
            start_after.as_deref().map(Bound::exclusive),
            None,
            Order::Ascending,
        )
        .take(page_size(limit))
        .map(|entry| entry.map(|(_, channel)| channel))
        .collect::<StdResult<_>>()?;
    Ok(ChannelsResponse { channels })
}
