//! Staked and unstaking FRO sit in the DAO's FRO balance beside whatever FRO the treasury
//! owns, so proposals, which run as the DAO, could spend them. Guards keep them out of
//! reach. At propose: a proposal carries typed messages only, never `Any` or `Stargate`,
//! which wrap any chain message (a `MsgExecuteContract` to FRO, an authz `MsgExec` or
//! `MsgGrant`, a `MsgMigrateContract`) unread; it grants no allowance on FRO, sends FRO
//! nothing that is no cw20 message, and neither migrates FRO nor changes its admin. At
//! execution: once the last message of every proposal has run, the DAO must still hold
//! every staked and unstaking unit, or the whole execution reverts. The check follows
//! every proposal, not only those naming FRO, so that it does not rest on spotting each
//! route to the token.

use cosmwasm_std::{Addr, CosmosMsg, Deps, Env, ReplyOn, Response, SubMsg, WasmMsg};

use crate::error::ContractError;
use crate::state::{CONFIG, UNCLAIMED};
use crate::{fro, power};

/// The reply to the last message of every proposal.
pub const STAKE_CHECK_REPLY: u64 = 1;

/// Refuses messages the guards cannot read and messages that would let FRO leave the
/// DAO later, outside the check.
pub fn check_proposal(gov_token: &Addr, msgs: &[CosmosMsg]) -> Result<(), ContractError> {
    for (index, msg) in msgs.iter().enumerate() {
        match msg {
            CosmosMsg::Wasm(wasm) => check_wasm(gov_token, wasm)?,
            CosmosMsg::Bank(_)
            | CosmosMsg::Custom(_)
            | CosmosMsg::Staking(_)
            | CosmosMsg::Distribution(_)
            | CosmosMsg::Ibc(_)
            | CosmosMsg::Gov(_) => {}
            _ => return Err(ContractError::OpaqueMessage { index }),
        }
    }
    Ok(())
}

fn check_wasm(gov_token: &Addr, msg: &WasmMsg) -> Result<(), ContractError> {
    // Bech32 is case-insensitive: an upper-case address reaches the same contract.
    let is_fro = |contract: &String| contract.eq_ignore_ascii_case(gov_token.as_str());
    let allowed = match msg {
        WasmMsg::Execute {
            contract_addr, msg, ..
        } if is_fro(contract_addr) => fro::grants_allowance(msg) == Some(false),
        WasmMsg::Migrate { contract_addr, .. }
        | WasmMsg::UpdateAdmin { contract_addr, .. }
        | WasmMsg::ClearAdmin { contract_addr } => !is_fro(contract_addr),
        _ => true,
    };
    match allowed {
        true => Ok(()),
        false => Err(ContractError::ForbiddenGovTokenMessage),
    }
}

/// The proposal's messages as submessages, the last one answered by the stake check.
pub fn guarded(msgs: Vec<CosmosMsg>) -> Vec<SubMsg> {
    let mut subs: Vec<SubMsg> = msgs.into_iter().map(SubMsg::new).collect();
    if let Some(last) = subs.last_mut() {
        last.id = STAKE_CHECK_REPLY;
        last.reply_on = ReplyOn::Success;
    }
    subs
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
