use cosmwasm_std::{DepsMut, Env, MessageInfo, Response, Uint128};
use faro_types::dao::{Claim, MAX_CLAIMS};
use faro_types::funds::nonpayable_non_zero;

use crate::error::ContractError;
use crate::power;
use crate::state::{CLAIMS, CONFIG, UNCLAIMED};
use crate::time;

/// The power goes at once; ballots already cast keep the weight they were cast with.
pub fn unstake(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    amount: Uint128,
) -> Result<Response, ContractError> {
    nonpayable_non_zero(&info, amount, ContractError::ZeroAmount)?;
    let config = CONFIG.load(deps.storage)?;
    let mut claims = CLAIMS
        .may_load(deps.storage, &info.sender)?
        .unwrap_or_default();
    if claims.len() >= MAX_CLAIMS {
        return Err(ContractError::TooManyClaims { max: MAX_CLAIMS });
    }
    let release_at = time::after(env.block.time, config.unstaking_period)?;
    let left = power::unstake(deps.storage, &info.sender, amount, env.block.height)?;
    claims.push(Claim { amount, release_at });
    CLAIMS.save(deps.storage, &info.sender, &claims)?;
    let unclaimed = UNCLAIMED
        .may_load(deps.storage)?
        .unwrap_or_default()
        .checked_add(amount)?;
    UNCLAIMED.save(deps.storage, &unclaimed)?;
    Ok(Response::new()
        .add_attribute("action", "unstake")
        .add_attribute("staker", info.sender)
        .add_attribute("amount", amount)
        .add_attribute("staked", left)
        .add_attribute("release_at", release_at.seconds().to_string()))
}
