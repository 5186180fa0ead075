//! The oracle (or the owner) reports light operators' performance scores, which weigh
//! their deposits in the hub's light budget split from the next epoch on.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::bounds;
use faro_types::operator_registry::{LightScore, MAX_LIGHT_SCORE, MAX_OPERATORS};

use super::load_operator;
use crate::error::ContractError;
use crate::state::{CONFIG, OPERATORS};

pub fn set_light_scores(
    deps: DepsMut,
    info: MessageInfo,
    scores: Vec<LightScore>,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let oracle = CONFIG.load(deps.storage)?.oracle;
    if oracle.as_ref() != Some(&info.sender) && !cw_ownable::is_owner(deps.storage, &info.sender)? {
        return Err(ContractError::Unauthorized {
            sender: info.sender.to_string(),
        });
    }
    bounds::at_most("scores", scores.len(), MAX_OPERATORS as usize)?;
    // Everything is checked before anything is written.
    let mut scored = Vec::with_capacity(scores.len());
    for LightScore { valoper, score } in &scores {
        bounds::at_most("score", *score, MAX_LIGHT_SCORE)?;
        let mut operator = load_operator(deps.storage, valoper)?;
        operator.light_score = *score;
        scored.push(operator);
    }
    for operator in &scored {
        OPERATORS.save(deps.storage, &operator.valoper, operator)?;
    }
    Ok(Response::new()
        .add_attribute("action", "set_light_scores")
        .add_attribute("scores", scores.len().to_string()))
}
