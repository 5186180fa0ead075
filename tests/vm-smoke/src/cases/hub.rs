use cosmwasm_std::Decimal;
use cw_ownable::Action;
use faro_types::hub::{Config, ExecuteMsg, FeeConfig, InstantiateMsg, QueryMsg};

use crate::case::SmokeCase;
use crate::chain::{addr, owner, DENOM};

const UNBONDING_PERIOD: u64 = 21 * 24 * 3600;
/// Above the floor of unbonding_period / 7 entries.
const EPOCH_PERIOD: u64 = 4 * 24 * 3600;

pub struct Hub;

impl SmokeCase for Hub {
    const ARTIFACT: &'static str = "hub";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            denom: DENOM.to_string(),
            heavy_lst: addr("heavy-lst"),
            tokenizer: addr("lsm-tokenizer"),
            registry: addr("operator-registry"),
            treasury: addr("treasury"),
            epoch_period: EPOCH_PERIOD,
            unbonding_period: UNBONDING_PERIOD,
            fees: FeeConfig {
                protocol_fee: Decimal::percent(10),
                operator_share: Decimal::percent(50),
                insurance_share: Decimal::percent(10),
                exit_fee: Decimal::permille(5),
            },
            light_budget: Decimal::percent(10),
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
        assert_eq!(config.treasury.as_str(), addr("treasury"));
        assert_eq!(config.epoch_period, EPOCH_PERIOD);
    }
}
