use cosmwasm_std::{Deps, Order, StdResult};
use cw_storage_plus::Bound;
use faro_types::operator_registry::{
    Config, HeavyWeight, HeavyWeightsResponse, Operator, OperatorsResponse,
};
use faro_types::pagination::page_size;

use crate::state::{CONFIG, HEAVY_WEIGHTS, OPERATORS, TOTAL_HEAVY_WEIGHT};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn operator(deps: Deps, valoper: String) -> StdResult<Option<Operator>> {
    OPERATORS.may_load(deps.storage, &valoper)
}

pub fn operators(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<OperatorsResponse> {
    let start = start_after.as_deref().map(Bound::exclusive);
    let operators = OPERATORS
        .range(deps.storage, start, None, Order::Ascending)
        .take(page_size(limit))
        .map(|entry| entry.map(|(_, operator)| operator))
        .collect::<StdResult<_>>()?;
    Ok(OperatorsResponse { operators })
}

pub fn heavy_weights(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<HeavyWeightsResponse> {
    let start = start_after.as_deref().map(Bound::exclusive);
    let weights = HEAVY_WEIGHTS
        .range(deps.storage, start, None, Order::Ascending)
        .take(page_size(limit))
        .map(|entry| {
            let (valoper, weight) = entry?;
            let reward_address = OPERATORS.load(deps.storage, &valoper)?.reward_address;
            Ok(HeavyWeight {
                valoper,
                weight,
                reward_address,
            })
        })
        .collect::<StdResult<_>>()?;
    let total_weight = TOTAL_HEAVY_WEIGHT
        .may_load(deps.storage)?
        .unwrap_or_default();
    Ok(HeavyWeightsResponse {
        weights,
        total_weight,
    })
}
