use cosmwasm_std::Decimal;
use cw_ownable::Action;
use faro_types::dao::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::case::SmokeCase;
use crate::chain::{addr, owner};

pub struct Dao;

impl SmokeCase for Dao {
    const ARTIFACT: &'static str = "dao";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            gov_token: addr("fro"),
            unstaking_period: 14 * 24 * 3600,
            voting_period: 7 * 24 * 3600,
            threshold: Decimal::percent(51),
            quorum: Decimal::percent(33),
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
        assert_eq!(config.gov_token.as_str(), addr("fro"));
        assert_eq!(config.threshold, Decimal::percent(51));
    }
}
