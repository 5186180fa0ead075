use cosmwasm_std::Decimal;
use cw_ownable::Action;
use faro_types::light_lst::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use super::token;
use crate::case::SmokeCase;
use crate::chain::{addr, owner, validator_addr, DENOM};

pub struct LightLst;

impl SmokeCase for LightLst {
    const ARTIFACT: &'static str = "light-lst";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    /// The operator is the validator the mock staking module knows; the contract checks it.
    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            registry: addr("operator-registry"),
            operator: validator_addr(),
            reward_address: addr("operator-rewards"),
            denom: DENOM.to_string(),
            token: token("Faro light ATOM", "lightATOM-val"),
            commission: Decimal::percent(10),
            max_commission: Decimal::percent(20),
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
        assert_eq!(config.operator, validator_addr());
        assert_eq!(config.commission, Decimal::percent(10));
    }
}
