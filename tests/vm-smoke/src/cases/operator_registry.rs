use cosmwasm_std::{Decimal, Uint128};
use cw_ownable::Action;
use faro_types::operator_registry::{
    Config, ExecuteMsg, InstantiateMsg, QueryMsg, DEFAULT_MAX_LEVERAGE,
};

use crate::case::SmokeCase;
use crate::chain::{owner, DENOM};

const MIN_BOND: Uint128 = Uint128::new(1_000_000_000);

pub struct OperatorRegistry;

impl SmokeCase for OperatorRegistry {
    const ARTIFACT: &'static str = "operator-registry";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            bond_denom: DENOM.to_string(),
            min_bond: MIN_BOND,
            max_leverage: DEFAULT_MAX_LEVERAGE,
            max_commission: Decimal::percent(20),
            exit_period: 21 * 24 * 3600,
        }
    }

    fn update_ownership(action: Action) -> ExecuteMsg {
        ExecuteMsg::UpdateOwnership(action)
    }

    fn ownership_query() -> QueryMsg {
        QueryMsg::Ownership {}
    }

    fn config_query() -> QueryMsg {
        QueryMsg::Config {}
    }

    fn check_config(config: &Config) {
        assert_eq!(config.min_bond, MIN_BOND);
        assert_eq!(config.bond_denom, DENOM);
    }
}
