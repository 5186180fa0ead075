//! What a final report does: the rate bound that holds it for the owner, and the
//! deliveries it makes. It moves no index itself: the hub counts the heavy rewards at its
//! next settlement, which has the rate broadcast.

use std::collections::BTreeMap;

use cosmwasm_std::{Addr, QuerierWrapper, StdResult, Storage, SubMsg};
use faro_types::hub::{Backing, HubContract};
use faro_types::light_lst::LightLstContract;
use faro_types::operator_registry::{LightScore, RegistryContract};
use faro_types::oracle::{Config, Delivery, Report};

use crate::error::ContractError;
use crate::state::PROGRESS;
use crate::{deliver, math};

/// Each reported operator's light LST, by valoper, whatever the operator's status: a
/// jailed or exiting operator is still penalised and its holders still rewarded. An
/// operator without a light LST is refused.
pub fn light_lsts(
    querier: &QuerierWrapper,
    config: &Config,
    report: &Report,
) -> Result<BTreeMap<String, Addr>, ContractError> {
    let known: BTreeMap<String, Addr> = RegistryContract(config.registry.clone())
        .operator_light_lsts(querier)?
        .into_iter()
        .collect();
    report
        .operators
        .iter()
        .map(|operator| {
            known
                .get(&operator.valoper)
                .map(|addr| (operator.valoper.clone(), addr.clone()))
                .ok_or_else(|| ContractError::UnknownOperator {
                    valoper: operator.valoper.clone(),
                })
        })
        .collect()
}

/// The first index the report would move beyond `max_rate_change`, if any: the heavy
/// index by `heavy_rewards / (total_bonded + pending)`, a light LST's by
/// `light_rewards / total_units`. Penalties come from bonds and move no index.
pub fn beyond_bound(
    querier: &QuerierWrapper,
    config: &Config,
    report: &Report,
    lights: &BTreeMap<String, Addr>,
    hub: &Backing,
) -> Result<Option<String>, ContractError> {
    let backing = hub.total_bonded.checked_add(hub.pending)?;
    if math::exceeds_bound(report.heavy_rewards, backing, config.max_rate_change) {
        return Ok(Some("heavy".to_string()));
    }
    for operator in &report.operators {
        if operator.light_rewards.is_zero() {
            continue;
        }
        let light_lst = LightLstContract(lights[&operator.valoper].clone());
        let units = light_lst.deposits(querier)?;
        if math::exceeds_bound(operator.light_rewards, units, config.max_rate_change) {
            return Ok(Some(operator.valoper.clone()));
        }
    }
    Ok(None)
}

/// Every non-empty payment and call of the report. Scores are left out when a newer
/// report already set them.
pub fn deliveries(
    report: &Report,
    lights: &BTreeMap<String, Addr>,
    with_scores: bool,
) -> Vec<Delivery> {
    let mut deliveries = vec![];
    for operator in &report.operators {
        let light_lst = &lights[&operator.valoper];
        if !operator.light_rewards.is_zero() {
            deliveries.push(Delivery::LightReward {
                valoper: operator.valoper.clone(),
                light_lst: light_lst.clone(),
                amount: operator.light_rewards,
            });
        }
        if !operator.penalty.is_zero() {
            deliveries.push(Delivery::Penalty {
                valoper: operator.valoper.clone(),
                light_lst: light_lst.clone(),
                amount: operator.penalty,
            });
        }
    }
    if !report.heavy_rewards.is_zero() {
        deliveries.push(Delivery::HeavyRewards {
            amount: report.heavy_rewards,
        });
    }
    if with_scores && !report.operators.is_empty() {
        let scores = report
            .operators
            .iter()
            .map(|operator| LightScore {
                valoper: operator.valoper.clone(),
                score: operator.score,
            })
            .collect();
        deliveries.push(Delivery::Scores { scores });
    }
    deliveries
}

/// Applies a final report: retries what failed before, then sends this report's
/// deliveries.
pub fn apply(
    storage: &mut dyn Storage,
    config: &Config,
    report: &Report,
    lights: &BTreeMap<String, Addr>,
) -> Result<Vec<SubMsg>, ContractError> {
    let mut progress = PROGRESS.load(storage)?;
    let with_scores = progress.last_applied.is_none_or(|last| last < report.epoch);
    progress.last_applied = progress.last_applied.max(Some(report.epoch));
    PROGRESS.save(storage, &progress)?;

    let mut msgs = deliver::retry(storage, config)?;
    for delivery in deliveries(report, lights, with_scores) {
        msgs.push(deliver::submsg(config, report.epoch, delivery)?);
    }
    Ok(msgs)
}

/// The hub's books, for the bound and the rate.
pub fn hub_state(querier: &QuerierWrapper, config: &Config) -> StdResult<Backing> {
    HubContract(config.hub.clone()).backing(querier)
}
