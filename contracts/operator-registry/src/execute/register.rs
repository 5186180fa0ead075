use cosmwasm_std::{DepsMut, Env, MessageInfo, OverflowError, OverflowOperation, Response};
use faro_types::operator_registry::{
    Operator, OperatorStatus, Registration, MAX_LIGHT_SCORE, MAX_OPERATORS,
};

use super::{bond, save_operator, status_name, validate_profile};
use crate::error::ContractError;
use crate::state::{CONFIG, OPERATORS, OPERATOR_COUNT};
use crate::valoper::ensure_controls;
use crate::{light, phase};

pub fn register(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    registration: Registration,
) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let bond = bond::attached(&info, &config.bond_denom)?;
    let Registration {
        valoper,
        reward_address,
        moniker,
        services,
        light_commission,
    } = registration;
    ensure_controls(deps.api, &deps.querier, &info.sender, &valoper)?;
    validate_profile(&moniker, services)?;
    if OPERATORS.has(deps.storage, &valoper) {
        return Err(ContractError::AlreadyRegistered { valoper });
    }
    let count = OPERATOR_COUNT.may_load(deps.storage)?.unwrap_or_default();
    if count >= MAX_OPERATORS {
        return Err(ContractError::TooManyOperators { max: MAX_OPERATORS });
    }
    if !services.light && light_commission.is_some() {
        return Err(ContractError::UnexpectedLightCommission);
    }
    phase::ensure_bonded(&config, bond)?;
    let mut operator = Operator {
        valoper,
        account: info.sender,
        reward_address: deps.api.addr_validate(&reward_address)?,
        moniker,
        services,
        status: OperatorStatus::Pending,
        weight: 0,
        bond,
        light_lst: None,
        exits_at: None,
        light_score: MAX_LIGHT_SCORE,
    };
    phase::self_activate(&config, &mut operator);
    let launch = services
        .light
        .then(|| light::prepare(deps.as_ref(), &env, &config, &operator, light_commission))
        .transpose()?;

    save_operator(deps.storage, &operator)?;
    let count = count
        .checked_add(1)
        .ok_or(OverflowError::new(OverflowOperation::Add))?;
    OPERATOR_COUNT.save(deps.storage, &count)?;
    let mut res = Response::new()
        .add_attribute("action", "register")
        .add_attribute("valoper", &operator.valoper)
        .add_attribute("moniker", &operator.moniker)
        .add_attribute("bond", operator.bond)
        .add_attribute("status", status_name(operator.status));
    if let Some(launch) = launch {
        light::remember(deps.storage, &operator.valoper, &launch)?;
        res = res
            .add_attribute("light_lst", launch.address.as_str())
            .add_submessage(launch.msg);
    }
    Ok(res)
}
