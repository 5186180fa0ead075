use cosmwasm_std::Deps;
use faro_types::bounds;
use faro_types::denom::validate_native_denom;
use faro_types::light_lst::{Config, InstantiateMsg};

use crate::error::ContractError;

/// Everything checked: the denom, the token, `commission ≤ max_commission ≤ 1`, every
/// address, and that the operator is a validator of this chain.
pub fn from_instantiate(deps: Deps, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    validate_native_denom(&msg.denom)?;
    msg.token.validate()?;
    bounds::share("max_commission", msg.max_commission)?;
    bounds::at_most("commission", msg.commission, msg.max_commission)?;
    let config = Config {
        registry: deps.api.addr_validate(&msg.registry)?,
        operator: msg.operator.clone(),
        operator_account: deps.api.addr_validate(&msg.operator_account)?,
        reward_address: deps.api.addr_validate(&msg.reward_address)?,
        denom: msg.denom.clone(),
        token: msg.token.clone(),
        max_commission: msg.max_commission,
    };
    if deps.querier.query_validator(&msg.operator)?.is_none() {
        return Err(ContractError::UnknownValidator {
            operator: msg.operator.clone(),
        });
    }
    Ok(config)
}
