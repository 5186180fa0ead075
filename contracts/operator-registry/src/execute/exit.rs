//! An operator leaves on its own: it stops receiving stake at once, and its bond stays
//! liable for penalties during `exit_period` before it can be claimed.

use cosmwasm_std::{DepsMut, Env, MessageInfo, Response, Storage, Timestamp, Uint64};
use cw_utils::nonpayable;
use faro_types::operator_registry::{Config, Operator, OperatorStatus};

use super::{drop_operator, load_own_operator, save_operator};
use crate::error::ContractError;
use crate::state::CONFIG;

const NANOS_PER_SECOND: u64 = 1_000_000_000;

pub fn exit(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    valoper: String,
) -> Result<Response, ContractError> {
    let (config, mut operator) = own_exit_step(deps.storage, &info, &valoper)?;
    if operator.status == OperatorStatus::Exiting {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "exit",
        });
    }
    let exits_at = Uint64::new(config.exit_period)
        .checked_mul(NANOS_PER_SECOND.into())?
        .checked_add(env.block.time.nanos().into())?;
    let exits_at = Timestamp::from_nanos(exits_at.u64());
    operator.status = OperatorStatus::Exiting;
    operator.exits_at = Some(exits_at);
    save_operator(deps.storage, &operator)?;
    Ok(Response::new()
        .add_attribute("action", "exit")
        .add_attribute("valoper", valoper)
        .add_attribute("exits_at", exits_at.seconds().to_string())
        .add_attribute("bond", operator.bond))
}

pub fn claim_bond(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    valoper: String,
) -> Result<Response, ContractError> {
    let (config, operator) = own_exit_step(deps.storage, &info, &valoper)?;
    let exits_at = match (operator.status, operator.exits_at) {
        (OperatorStatus::Exiting, Some(exits_at)) => exits_at,
        (status, _) => {
            return Err(ContractError::InvalidTransition {
                valoper,
                status,
                action: "claim its bond",
            })
        }
    };
    if env.block.time < exits_at {
        return Err(ContractError::ExitPending { valoper, exits_at });
    }
    let refund = drop_operator(deps.storage, &operator, &config.bond_denom)?;
    Ok(Response::new()
        .add_attribute("action", "claim_bond")
        .add_attribute("valoper", valoper)
        .add_attribute("bond", operator.bond)
        .add_messages(refund))
}

/// Both steps of an exit are the operator's own and take no funds.
fn own_exit_step(
    storage: &dyn Storage,
    info: &MessageInfo,
    valoper: &str,
) -> Result<(Config, Operator), ContractError> {
    nonpayable(info)?;
    let config = CONFIG.load(storage)?;
    let operator = load_own_operator(storage, &info.sender, valoper)?;
    Ok((config, operator))
}
