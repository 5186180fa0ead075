use std::collections::BTreeSet;

use cosmwasm_std::{Api, Decimal};
use faro_types::bounds;
use faro_types::oracle::{Config, InstantiateMsg, Member, MAX_MEMBERS};

use crate::error::ContractError;

pub fn from_instantiate(
    api: &dyn Api,
    msg: &InstantiateMsg,
) -> Result<(Config, Vec<Member>), ContractError> {
    let members = validate_members(api, msg)?;
    let total_weight = members
        .iter()
        .try_fold(0u64, |sum, member| sum.checked_add(member.weight))
        .ok_or(ContractError::WeightOverflow)?;
    bounds::at_most("threshold", msg.threshold, total_weight)?;
    // Above one half: two different reports of one epoch can never both reach it.
    bounds::at_least("threshold", msg.threshold, total_weight / 2 + 1)?;
    bounds::non_zero("staleness", msg.staleness)?;
    bounds::non_zero("max_rate_change", msg.max_rate_change)?;
    bounds::at_most("max_rate_change", msg.max_rate_change, Decimal::one())?;
    let config = Config {
        hub: api.addr_validate(&msg.hub)?,
        threshold: msg.threshold,
        total_weight,
        staleness: msg.staleness,
        max_rate_change: msg.max_rate_change,
    };
    Ok((config, members))
}

fn validate_members(api: &dyn Api, msg: &InstantiateMsg) -> Result<Vec<Member>, ContractError> {
    bounds::non_zero("members", msg.members.len())?;
    bounds::at_most("members", msg.members.len(), MAX_MEMBERS)?;
    let mut seen = BTreeSet::new();
    msg.members
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
