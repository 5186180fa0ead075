use cosmwasm_std::{Decimal, Uint128};
use cw_ownable::Action;
use faro_types::prover_pool::{Config, ExecuteMsg, InstantiateMsg, QueryMsg};

use crate::case::SmokeCase;
use crate::chain::{addr, owner, DENOM};

pub struct ProverPool;

impl SmokeCase for ProverPool {
    const ARTIFACT: &'static str = "prover-pool";
    type InstantiateMsg = InstantiateMsg;
    type ExecuteMsg = ExecuteMsg;
    type QueryMsg = QueryMsg;
    type Config = Config;

    fn instantiate_msg() -> InstantiateMsg {
        InstantiateMsg {
            owner: owner(),
            stake_token: addr("wrapped-lst"),
            fee_denom: DENOM.to_string(),
            treasury: addr("treasury"),
            relayer: addr("relayer"),
            min_capacity: 1,
            min_stake_per_capacity: Uint128::new(1_000_000),
            initial_fee_per_gas: Decimal::permille(1),
            max_open_blocks: 64,
            slash_fraction: Decimal::percent(5),
            slash_reward_multiple: 10,
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
        assert_eq!(config.relayer.as_str(), addr("relayer"));
        assert_eq!(config.max_open_blocks, 64);
    }
}
