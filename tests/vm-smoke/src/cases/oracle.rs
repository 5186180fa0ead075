use cosmwasm_std::Decimal;
use cw_ownable::Action;
use faro_types::oracle::{Config, ExecuteMsg, InstantiateMsg, MemberInput, QueryMsg};

use crate::case::SmokeCase;
use crate::chain::{addr, owner};

pub struct Oracle;

impl SmokeCase for Oracle {
    const ARTIFACT: &'static str = "oracle";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    /// Three members of weight 1; two of them (above one half) make a report final.
    fn instantiate_msg() -> InstantiateMsg {
        let member = |label: &str| MemberInput {
            addr: addr(label),
            weight: 1,
        };
        InstantiateMsg {
            owner: owner(),
            hub: addr("hub"),
            members: vec![member("oracle-1"), member("oracle-2"), member("oracle-3")],
            threshold: 2,
            staleness: 3600,
            max_rate_change: Decimal::percent(1),
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
        assert_eq!(config.threshold, 2);
        assert_eq!(config.total_weight, 3);
    }
}
