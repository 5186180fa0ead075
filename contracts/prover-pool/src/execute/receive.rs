//! The stake token's `Send` hook.

use cosmwasm_std::{from_json, DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::prover_pool::{Cw20ReceiveMsg, ReceiveMsg};

use super::stake::stake;
use crate::error::ContractError;
use crate::state::CONFIG;

pub fn receive(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    msg: Cw20ReceiveMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if info.sender != config.stake_token {
        return Err(ContractError::WrongToken { token: info.sender });
    }
    if msg.amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let staker = deps.api.addr_validate(&msg.sender)?;
    match from_json(&msg.msg)? {
        ReceiveMsg::Stake {
            reward_per_gas,
            capacity,
        } => stake(
            deps,
            env,
            &config,
            staker,
            msg.amount,
            reward_per_gas,
            capacity,
        ),
    }
}
