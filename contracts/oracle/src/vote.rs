//! A member's submission: guards, tally, finalisation. Everything that can fail (checks
//! and queries) runs before the first write.

use cosmwasm_std::{Addr, Attribute, DepsMut, Env, Order, StdResult, Storage, SubMsg};
use faro_types::oracle::{FinalReport, FinalStatus, Report};

use crate::error::ContractError;
use crate::finalise;
use crate::math;
use crate::report;
use crate::state::{CANDIDATES, CONFIG, FINALS, MEMBERS, PROGRESS, SUBMISSIONS};

pub struct Outcome {
    pub msgs: Vec<SubMsg>,
    pub attributes: Vec<Attribute>,
}

pub fn vote(
    deps: DepsMut,
    env: &Env,
    voter: &Addr,
    voter_weight: u64,
    report: Report,
) -> Result<Outcome, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let report = report::canonical(report)?;
    let hash = report::hash(&report)?;
    let epoch = report.epoch;
    let progress = PROGRESS.load(deps.storage)?;
    if let Some(last_final) = progress.last_final.filter(|last| epoch <= *last) {
        return Err(ContractError::EpochNotNewer { epoch, last_final });
    }
    if report.epoch_end > env.block.time {
        return Err(ContractError::EpochNotEnded {
            epoch,
            epoch_end: report.epoch_end,
        });
    }
    if math::is_stale(report.epoch_end, config.staleness, env.block.time) {
        return Err(ContractError::StaleReport {
            epoch,
            epoch_end: report.epoch_end,
        });
    }
    if SUBMISSIONS.has(deps.storage, (epoch, voter.as_str())) {
        return Err(ContractError::AlreadySubmitted {
            epoch,
            voter: voter.to_string(),
        });
    }
    let lights = finalise::light_lsts(&deps.querier, &config, &report)?;
    let weight = tally(deps.storage, epoch, &hash)?.saturating_add(voter_weight);

    let mut attributes = vec![
        Attribute::new("epoch", epoch.to_string()),
        Attribute::new("voter", voter.as_str()),
        Attribute::new("hash", &hash),
        Attribute::new("weight", weight.to_string()),
    ];
    let mut msgs = vec![];
    let verdict = if math::is_final(weight, config.threshold) {
        let hub = finalise::hub_state(&deps.querier, &config)?;
        let beyond = finalise::beyond_bound(&deps.querier, &config, &report, &lights, &hub)?;
        Some(beyond)
    } else {
        None
    };

    SUBMISSIONS.save(deps.storage, (epoch, voter.as_str()), &hash)?;
    if !CANDIDATES.has(deps.storage, (epoch, &hash)) {
        CANDIDATES.save(deps.storage, (epoch, &hash), &report)?;
    }
    let Some(beyond) = verdict else {
        attributes.push(Attribute::new("status", "open"));
        return Ok(Outcome { msgs, attributes });
    };
    let status = if beyond.is_some() {
        FinalStatus::Pending
    } else {
        FinalStatus::Applied
    };
    let mut progress = progress;
    progress.last_final = Some(epoch);
    PROGRESS.save(deps.storage, &progress)?;
    let final_report = FinalReport {
        epoch,
        hash,
        status,
        finalised_at: env.block.time,
        report,
    };
    FINALS.save(deps.storage, epoch, &final_report)?;
    match beyond {
        Some(index) => {
            attributes.push(Attribute::new("status", "pending"));
            attributes.push(Attribute::new("beyond_bound", index));
        }
        None => {
            msgs = finalise::apply(deps.storage, &config, &final_report.report, &lights)?;
            attributes.push(Attribute::new("status", "applied"));
        }
    }
    Ok(Outcome { msgs, attributes })
}

/// The current weight of the voters who already submitted `hash` for `epoch`; a voter
/// no longer in the set weighs nothing.
pub fn tally(storage: &dyn Storage, epoch: u64, hash: &str) -> StdResult<u64> {
    let votes = SUBMISSIONS
        .prefix(epoch)
        .range(storage, None, None, Order::Ascending)
        .map(|entry| {
            let (voter, voted) = entry?;
            let weight = MEMBERS
                .may_load(storage, &Addr::unchecked(voter))?
                .unwrap_or(0);
            Ok((weight, voted == hash))
        })
        .collect::<StdResult<Vec<_>>>()?;
    Ok(math::agreeing_weight(votes))
}
