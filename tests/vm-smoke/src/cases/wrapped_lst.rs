use cw_ownable::Action;
use faro_types::wrapped_lst::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use super::token;
use crate::case::SmokeCase;
use crate::chain::{addr, owner};

pub struct WrappedLst;

impl SmokeCase for WrappedLst {
    const ARTIFACT: &'static str = "wrapped-lst";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            heavy_lst: addr("heavy-lst"),
            token: token("Faro wrapped staked ATOM", "wstATOM"),
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
        assert_eq!(config.heavy_lst.as_str(), addr("heavy-lst"));
        assert_eq!(config.token.symbol, "wstATOM");
    }
}
