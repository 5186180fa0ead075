use cw_ownable::Action;
use faro_types::lsm_tokenizer::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::case::SmokeCase;
use crate::chain::{addr, owner, DENOM};

pub struct LsmTokenizer;

impl SmokeCase for LsmTokenizer {
    const ARTIFACT: &'static str = "lsm-tokenizer";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            hub: addr("hub"),
            denom: DENOM.to_string(),
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
        assert_eq!(config.denom, DENOM);
    }
}
