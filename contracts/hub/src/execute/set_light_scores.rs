//! The oracle (or the owner) sets light operators' performance scores, which weigh their
//! deposits in the next epochs' light budget split.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::bounds;
use faro_types::hub::{LightScore, MAX_LIGHT_SCORE};
use faro_types::operator_registry::MAX_OPERATORS;

use crate::error::ContractError;
use crate::state::{CONFIG, LIGHT_SCORES};

pub fn set_light_scores(
    deps: DepsMut,
    info: MessageInfo,
    scores: Vec<LightScore>,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if config.oracle.as_ref() != Some(&info.sender) {
        cw_ownable::assert_owner(deps.storage, &info.sender)?;
    }
    bounds::at_most("scores", scores.len(), MAX_OPERATORS as usize)?;
    for LightScore { valoper, score } in &scores {
        bounds::at_most("score", *score, MAX_LIGHT_SCORE)?;
        LIGHT_SCORES.save(deps.storage, valoper, score)?;
    }
    Ok(Response::new()
        .add_attribute("action", "set_light_scores")
        .add_attribute("scores", scores.len().to_string()))
}
