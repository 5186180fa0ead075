//! Staked and unstaking FRO sit in the DAO's FRO balance beside whatever FRO the treasury
//! owns, so proposals, which run as the DAO, could spend them. Two guards keep them out
//! of reach: a proposal may not grant allowances on FRO (nor send the token a message
//! that is no cw20 message), and once a proposal that calls the token has run, the DAO
//! must still hold every staked and unstaking unit, or the whole execution reverts.

use cosmwasm_std::{Addr, Binary, CosmosMsg, Deps, Env, Response, SubMsg, WasmMsg};

use crate::error::ContractError;
use crate::state::{CONFIG, UNCLAIMED};
use crate::{fro, power};

/// The reply to the last message of a proposal that calls the governance token.
pub const STAKE_CHECK_REPLY: u64 = 1;

/// The message, if `msg` calls the governance token.
fn call_to<'a>(gov_token: &Addr, msg: &'a CosmosMsg) -> Option<&'a Binary> {
    match msg {
        // Bech32 is case-insensitive: an upper-case address reaches the same contract.
        CosmosMsg::Wasm(WasmMsg::Execute {
            contract_addr, msg, ..
        }) if contract_addr.eq_ignore_ascii_case(gov_token.as_str()) => Some(msg),
        _ => None,
    }
}

/// Refuses messages that would let FRO leave the DAO later, outside the check.
pub fn check_proposal(gov_token: &Addr, msgs: &[CosmosMsg]) -> Result<(), ContractError> {
    for call in msgs.iter().filter_map(|msg| call_to(gov_token, msg)) {
        if fro::grants_allowance(call) != Some(false) {
            return Err(ContractError::ForbiddenGovTokenMessage);
        }
    }
    Ok(())
}

/// The proposal's messages as submessages, the last one answered by the stake check
/// when any of them calls the governance token.
pub fn guarded(gov_token: &Addr, msgs: Vec<CosmosMsg>) -> Vec<SubMsg> {
    let touches_stake = msgs.iter().any(|msg| call_to(gov_token, msg).is_some());
    let last = msgs.len().saturating_sub(1);
    msgs.into_iter()
        .enumerate()
        .map(|(i, msg)| match i == last && touches_stake {
            true => SubMsg::reply_on_success(msg, STAKE_CHECK_REPLY),
            false => SubMsg::new(msg),
        })
        .collect()
}

pub fn check_stake_covered(deps: Deps, env: Env) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let balance = fro::balance(&deps.querier, &config.gov_token, &env.contract.address)?;
    let owed = power::total_staked(deps.storage)?
        .checked_add(UNCLAIMED.may_load(deps.storage)?.unwrap_or_default())?;
    if balance < owed {
        return Err(ContractError::StakeNotCovered { balance, owed });
    }
    Ok(Response::new()
        .add_attribute("action", "check_stake")
        .add_attribute("balance", balance)
        .add_attribute("owed", owed))
}
