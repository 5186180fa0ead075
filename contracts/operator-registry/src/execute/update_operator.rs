use cosmwasm_std::{DepsMut, Env, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::light_lst::{CallMsg, LightLstContract};
use faro_types::operator_registry::{OperatorStatus, OperatorUpdate};

use super::{load_own_operator, save_operator, validate_profile};
use crate::error::ContractError;
use crate::light;
use crate::state::CONFIG;

/// The operator's profile. An operator that offers light services and has no light LST
/// gets one; a new reward address is passed on to an existing light LST.
pub fn update_operator(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    update: OperatorUpdate,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    let OperatorUpdate {
        valoper,
        reward_address,
        moniker,
        services,
        light_commission,
    } = update;
    let mut operator = load_own_operator(deps.storage, &info.sender, &valoper)?;
    let mut forward = None;
    if let Some(reward_address) = reward_address {
        let reward_addr = deps.api.addr_validate(&reward_address)?;
        if let Some(light_lst) = &operator.light_lst {
            if reward_addr != operator.reward_address {
                let msg = CallMsg::SetRewardAddress {
                    reward_address: reward_addr.to_string(),
                };
                forward = Some(LightLstContract(light_lst.clone()).call(&msg, vec![])?);
            }
        }
        operator.reward_address = reward_addr;
    }
    if let Some(moniker) = moniker {
        operator.moniker = moniker;
    }
    if let Some(services) = services {
        operator.services = services;
    }
    validate_profile(&operator.moniker, operator.services)?;

    let launches = operator.services.light && operator.light_lst.is_none();
    if !launches && light_commission.is_some() {
        return Err(ContractError::UnexpectedLightCommission);
    }
    if launches && operator.status == OperatorStatus::Exiting {
        return Err(ContractError::InvalidTransition {
            valoper,
            status: operator.status,
            action: "launch a light LST",
        });
    }
    let launch = launches
        .then(|| light::prepare(deps.as_ref(), &env, &config, &operator, light_commission))
        .transpose()?;

    save_operator(deps.storage, &operator)?;
    let mut res = Response::new()
        .add_attribute("action", "update_operator")
        .add_attribute("valoper", &valoper)
        .add_messages(forward);
    if let Some(launch) = launch {
        light::remember(deps.storage, &valoper, &launch)?;
        res = res
            .add_attribute("light_lst", launch.address.as_str())
            .add_submessage(launch.msg);
    }
    Ok(res)
}
