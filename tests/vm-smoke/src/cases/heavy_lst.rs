use cw_ownable::Action;
use faro_types::heavy_lst::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use super::token;
use crate::case::SmokeCase;
use crate::chain::{addr, owner};

pub struct HeavyLst;

impl SmokeCase for HeavyLst {
    const ARTIFACT: &'static str = "heavy-lst";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            hub: addr("hub"),
            token: token("Faro staked ATOM", "stATOM"),
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
        assert_eq!(config.hub.as_str(), addr("hub"));
        assert_eq!(config.token.symbol, "stATOM");
    }
}
