use cosmwasm_std::Api;
use faro_types::bounds;
use faro_types::denom::validate_native_denom;
use faro_types::operator_registry::{Config, InstantiateMsg, MAX_EXIT_PERIOD, MAX_LEVERAGE_BOUND};

use crate::error::ContractError;

pub fn from_instantiate(_api: &dyn Api, msg: &InstantiateMsg) -> Result<Config, ContractError> {
    validate_native_denom(&msg.bond_denom)?;
    bounds::non_zero("min_bond", msg.min_bond)?;
    bounds::non_zero("max_leverage", msg.max_leverage)?;
    bounds::at_most("max_leverage", msg.max_leverage, MAX_LEVERAGE_BOUND)?;
    bounds::share("max_commission", msg.max_commission)?;
    bounds::at_most("exit_period", msg.exit_period, MAX_EXIT_PERIOD)?;
    Ok(Config {
        bond_denom: msg.bond_denom.clone(),
        min_bond: msg.min_bond,
        max_leverage: msg.max_leverage,
        max_commission: msg.max_commission,
        exit_period: msg.exit_period,
    })
}
