use cosmwasm_std::{from_json, DepsMut, Env, MessageInfo, Response};
use cw20::Cw20ReceiveMsg;
use cw_utils::nonpayable;
use faro_types::dao::ReceiveMsg;

use crate::error::ContractError;
use crate::power;
use crate::state::CONFIG;

pub fn receive(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    wrapper: Cw20ReceiveMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if info.sender != config.gov_token {
        return Err(ContractError::NotGovToken {
            sender: info.sender.into_string(),
            gov_token: config.gov_token.into_string(),
        });
    }
    match from_json(&wrapper.msg)? {
        ReceiveMsg::Stake {} => {
            if wrapper.amount.is_zero() {
                return Err(ContractError::ZeroAmount);
            }
            let staker = deps.api.addr_validate(&wrapper.sender)?;
            let staked = power::stake(deps.storage, &staker, wrapper.amount, env.block.height)?;
            let total = power::total_staked(deps.storage)?;
            Ok(Response::new()
                .add_attribute("action", "stake")
                .add_attribute("staker", staker)
                .add_attribute("amount", wrapper.amount)
                .add_attribute("staked", staked)
                .add_attribute("total_staked", total))
        }
    }
}
