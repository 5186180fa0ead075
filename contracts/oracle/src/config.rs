use std::collections::BTreeSet;

use cosmwasm_std::{Api, Attribute, Decimal};
use faro_types::bounds;
use faro_types::oracle::{
    Config, ConfigUpdate, InstantiateMsg, Member, MemberInput, MAX_MEMBERS, MAX_STALENESS,
};

use crate::error::ContractError;
use crate::math;

pub fn from_instantiate(
    api: &dyn Api,
    msg: &InstantiateMsg,
) -> Result<(Config, Vec<Member>), ContractError> {
    let members = validate_members(api, &msg.members)?;
    let total_weight = total_weight(&members, msg.threshold)?;
    let config = Config {
        hub: api.addr_validate(&msg.hub)?,
        registry: api.addr_validate(&msg.registry)?,
        denom: msg.denom.clone(),
        threshold: msg.threshold,
        total_weight,
        gateway: msg
            .gateway
            .as_deref()
            .map(|gateway| api.addr_validate(gateway))
            .transpose()?,
        staleness: msg.staleness,
        max_rate_change: msg.max_rate_change,
    };
    bounds::non_zero("denom", config.denom.as_str())?;
    validate_limits(&config)?;
    Ok((config, members))
}

pub fn apply_update(config: &mut Config, update: ConfigUpdate) -> Result<(), ContractError> {
    if let Some(staleness) = update.staleness {
        config.staleness = staleness;
    }
    if let Some(max_rate_change) = update.max_rate_change {
        config.max_rate_change = max_rate_change;
    }
    validate_limits(config)
}

/// The attributes an update answers with: the limits as they now stand.
pub fn limits(config: &Config) -> Vec<Attribute> {
    vec![
        Attribute::new("staleness", config.staleness.to_string()),
        Attribute::new("max_rate_change", config.max_rate_change.to_string()),
    ]
}

fn validate_limits(config: &Config) -> Result<(), ContractError> {
    bounds::positive_at_most("staleness", config.staleness, MAX_STALENESS)?;
    bounds::positive_at_most("max_rate_change", config.max_rate_change, Decimal::one())?;
    Ok(())
}

/// The members' weights (the gateway's among them), checked against the threshold: at
/// most the total, and above one half of it, so two different reports of one epoch can
/// never both reach it.
pub fn total_weight(members: &[Member], threshold: u64) -> Result<u64, ContractError> {
    let total = members
        .iter()
        .try_fold(0u64, |sum, member| sum.checked_add(member.weight))
        .ok_or(ContractError::WeightOverflow)?;
    bounds::at_most("threshold", threshold, total)?;
    bounds::at_least("threshold", threshold, math::min_threshold(total))?;
    Ok(total)
}

pub fn validate_members(
    api: &dyn Api,
    inputs: &[MemberInput],
) -> Result<Vec<Member>, ContractError> {
    bounds::non_zero("members", inputs.len())?;
    bounds::at_most("members", inputs.len(), MAX_MEMBERS)?;
    let mut seen = BTreeSet::new();
    inputs
        .iter()
        .map(|input| {
            let addr = api.addr_validate(&input.addr)?;
            bounds::non_zero("member weight", input.weight)?;
            if !seen.insert(addr.clone()) {
                return Err(ContractError::DuplicateMember {
                    addr: input.addr.clone(),
                });
            }
            Ok(Member {
                addr,
                weight: input.weight,
            })
        })
        .collect()
}
