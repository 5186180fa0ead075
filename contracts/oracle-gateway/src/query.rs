use cosmwasm_std::{Deps, StdResult};
use faro_types::oracle_gateway::{ChannelsResponse, Config};
use faro_types::pagination::page;

use crate::state::{CHANNELS, CONFIG};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn channels(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<ChannelsResponse> {
    let channels = page(deps.storage, &CHANNELS, start_after.as_deref(), limit)?
        .into_iter()
        .map(|(_, channel)| channel)
        .collect();
    Ok(ChannelsResponse { channels })
}
