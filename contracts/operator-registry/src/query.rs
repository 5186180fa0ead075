use cosmwasm_std::{Deps, Order, StdResult, Uint128};
use cw_storage_plus::Bound;
use faro_types::operator_registry::{
    Config, HeavyWeight, HeavyWeightsResponse, LightLstEntry, LightLstsResponse, Operator,
    OperatorStatus, OperatorsResponse, OracleResponse,
};
use faro_types::pagination::{page, page_size};

use crate::state::{CONFIG, HEAVY_WEIGHTS, OPERATORS, TOTAL_HEAVY_WEIGHT};

pub fn config(deps: Deps) -> StdResult<Config> {
    CONFIG.load(deps.storage)
}

pub fn oracle(deps: Deps) -> StdResult<OracleResponse> {
    let oracle = CONFIG.load(deps.storage)?.oracle;
    Ok(OracleResponse { oracle })
}

pub fn operator(deps: Deps, valoper: String) -> StdResult<Option<Operator>> {
    OPERATORS.may_load(deps.storage, &valoper)
}

pub fn operators(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<OperatorsResponse> {
    let operators = page(deps.storage, &OPERATORS, start_after.as_deref(), limit)?
        .into_iter()
        .map(|(_, operator)| operator)
        .collect();
    Ok(OperatorsResponse { operators })
}

pub fn heavy_weights(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<HeavyWeightsResponse> {
    let config = CONFIG.load(deps.storage)?;
    let weights = page(deps.storage, &HEAVY_WEIGHTS, start_after.as_deref(), limit)?
        .into_iter()
        .map(|(valoper, weight)| {
            let operator = OPERATORS.load(deps.storage, &valoper)?;
            // The most the hub may route to the operator: saturates rather than fails, as
            // a cap beyond `Uint128::MAX` caps nothing.
            let cap = config.permissionless.then(|| {
                operator
                    .bond
                    .saturating_mul(Uint128::from(config.max_leverage))
            });
            Ok(HeavyWeight {
                valoper,
                weight,
                reward_address: operator.reward_address,
                cap,
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

/// Scans at most the whole registry (`MAX_OPERATORS`) to fill a page.
pub fn light_lsts(
    deps: Deps,
    start_after: Option<String>,
    limit: Option<u32>,
) -> StdResult<LightLstsResponse> {
    let start = start_after.as_deref().map(Bound::exclusive);
    let light_lsts = OPERATORS
        .range(deps.storage, start, None, Order::Ascending)
        .filter_map(|entry| match entry {
            Ok((valoper, operator)) => {
                let earns = operator.status == OperatorStatus::Active && operator.services.light;
                let address = operator.light_lst.filter(|_| earns)?;
                Some(Ok(LightLstEntry {
                    valoper,
                    address,
                    score: operator.light_score,
                }))
            }
            Err(err) => Some(Err(err)),
        })
        .take(page_size(limit))
        .collect::<StdResult<_>>()?;
    Ok(LightLstsResponse { light_lsts })
}
