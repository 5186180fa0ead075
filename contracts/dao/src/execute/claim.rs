use cosmwasm_std::{DepsMut, Env, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;

use crate::error::ContractError;
use crate::fro;
use crate::state::{CLAIMS, CONFIG, UNCLAIMED};

pub fn claim(deps: DepsMut, env: Env, info: MessageInfo) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let claims = CLAIMS
        .may_load(deps.storage, &info.sender)?
        .unwrap_or_default();
    let (released, pending): (Vec<_>, Vec<_>) = claims
        .into_iter()
        .partition(|claim| claim.release_at <= env.block.time);
    let amount = released
        .iter()
        .try_fold(Uint128::zero(), |sum, claim| sum.checked_add(claim.amount))?;
    if amount.is_zero() {
        return Err(ContractError::NothingToClaim);
    }
    if pending.is_empty() {
        CLAIMS.remove(deps.storage, &info.sender);
    } else {
        CLAIMS.save(deps.storage, &info.sender, &pending)?;
    }
    let unclaimed = UNCLAIMED.load(deps.storage)?.checked_sub(amount)?;
    UNCLAIMED.save(deps.storage, &unclaimed)?;
    let transfer = fro::transfer_msg(&config.gov_token, &info.sender, amount)?;
    Ok(Response::new()
        .add_message(transfer)
        .add_attribute("action", "claim")
        .add_attribute("staker", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("pending_claims", pending.len().to_string()))
}
