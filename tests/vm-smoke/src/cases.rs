//! One smoke case per contract, named after its directory under contracts/: the instantiate
//! message (owned by `chain::owner()`) and the config fields it should come back with.

use cosmwasm_std::{Decimal, Uint128};
use faro_types::token::TokenMetadata;
use faro_types::{
    dao, heavy_lst, hub, light_lst, lsm_tokenizer, operator_registry, oracle, oracle_gateway,
    prover_pool, reporter, wrapped_lst,
};

use crate::case::{smoke_case, SmokeCase};
use crate::chain::{addr, owner, validator_addr, DENOM};

/// Above hub's floor of unbonding_period / 7 entries.
const EPOCH_PERIOD: u64 = 4 * 24 * 3600;
const MIN_BOND: Uint128 = Uint128::new(1_000_000_000);

smoke_case!(
    Dao,
    "dao",
    dao,
    dao::InstantiateMsg {
        owner: owner(),
        gov_token: addr("fro"),
        unstaking_period: 14 * 24 * 3600,
        voting_period: 7 * 24 * 3600,
        threshold: Decimal::percent(51),
        quorum: Decimal::percent(33),
    },
    |config| {
        assert_eq!(config.gov_token.as_str(), addr("fro"));
        assert_eq!(config.threshold, Decimal::percent(51));
    }
);

smoke_case!(
    HeavyLst,
    "heavy-lst",
    heavy_lst,
    heavy_lst::InstantiateMsg {
        owner: owner(),
        hub: addr("hub"),
        token: TokenMetadata::new("Faro staked ATOM", "stATOM", 6),
    },
    |config| {
        assert_eq!(config.hub.as_str(), addr("hub"));
        assert_eq!(config.token.symbol, "stATOM");
    }
);

smoke_case!(
    Hub,
    "hub",
    hub,
    hub::InstantiateMsg {
        owner: owner(),
        denom: DENOM.to_string(),
        heavy_lst: addr("heavy-lst"),
        tokenizer: addr("lsm-tokenizer"),
        registry: addr("operator-registry"),
        treasury: addr("treasury"),
        epoch_period: EPOCH_PERIOD,
        unbonding_period: 21 * 24 * 3600,
        fees: hub::FeeConfig {
            protocol_fee: Decimal::percent(10),
            operator_share: Decimal::percent(50),
            insurance_share: Decimal::percent(10),
            exit_fee: Decimal::permille(5),
        },
        light_budget: Decimal::percent(10),
    },
    |config| {
        assert_eq!(config.treasury.as_str(), addr("treasury"));
        assert_eq!(config.epoch_period, EPOCH_PERIOD);
    }
);

// The operator is the validator the mock staking module knows; the contract checks it.
smoke_case!(
    LightLst,
    "light-lst",
    light_lst,
    light_lst::InstantiateMsg {
        owner: owner(),
        registry: addr("operator-registry"),
        operator: validator_addr(),
        operator_account: addr("operator"),
        reward_address: addr("operator-rewards"),
        denom: DENOM.to_string(),
        token: TokenMetadata::new("Faro light ATOM", "lightATOM-val", 6),
        commission: Decimal::percent(10),
        max_commission: Decimal::percent(20),
    },
    |config| {
        assert_eq!(config.operator, validator_addr());
        assert_eq!(config.max_commission, Decimal::percent(20));
    }
);

smoke_case!(
    LsmTokenizer,
    "lsm-tokenizer",
    lsm_tokenizer,
    lsm_tokenizer::InstantiateMsg {
        owner: owner(),
        hub: addr("hub"),
        denom: DENOM.to_string(),
        lsm_module: faro_types::liquid::LsmModule::SdkStaking,
    },
    |config| {
        assert_eq!(config.hub.as_str(), addr("hub"));
        assert_eq!(config.denom, DENOM);
        assert_eq!(config.lsm_module, faro_types::liquid::LsmModule::SdkStaking);
    }
);

smoke_case!(
    OperatorRegistry,
    "operator-registry",
    operator_registry,
    operator_registry::InstantiateMsg {
        owner: owner(),
        config: operator_registry::Config {
            bond_denom: DENOM.to_string(),
            min_bond: MIN_BOND,
            max_leverage: operator_registry::DEFAULT_MAX_LEVERAGE,
            max_commission: Decimal::percent(20),
            exit_period: 21 * 24 * 3600,
            permissionless: false,
            treasury: addr("treasury"),
            oracle: Some(addr("oracle")),
            light_lst_code_id: 1,
            token_symbol: "ATOM".to_string(),
            token_decimals: 6,
        },
    },
    |config| {
        assert_eq!(config.min_bond, MIN_BOND);
        assert_eq!(config.bond_denom, DENOM);
    }
);

// Three members of weight 1; two of them (above one half) make a report final.
smoke_case!(
    Oracle,
    "oracle",
    oracle,
    oracle::InstantiateMsg {
        owner: owner(),
        hub: addr("hub"),
        registry: addr("operator-registry"),
        denom: DENOM.to_string(),
        gateway: Some(addr("oracle-gateway")),
        members: ["oracle-1", "oracle-2", "oracle-3"]
            .map(|label| oracle::MemberInput {
                addr: addr(label),
                weight: 1,
            })
            .to_vec(),
        threshold: 2,
        staleness: 3600,
        max_rate_change: Decimal::percent(1),
    },
    |config| {
        assert_eq!(config.threshold, 2);
        assert_eq!(config.total_weight, 3);
    }
);

smoke_case!(
    OracleGateway,
    "oracle-gateway",
    oracle_gateway,
    oracle_gateway::InstantiateMsg {
        owner: owner(),
        oracle: addr("oracle"),
        reporter: None,
    },
    |config| {
        assert_eq!(config.oracle.as_str(), addr("oracle"));
        assert!(config.reporter.is_none());
    }
);

/// The reporter lives on the counterparty chain and has no configuration beyond its
/// owner: its case reads the channel, none before the handshake.
pub struct Reporter;

impl SmokeCase for Reporter {
    const ARTIFACT: &'static str = "reporter";
    type InstantiateMsg = reporter::InstantiateMsg;
    type ExecuteMsg = reporter::ExecuteMsg;
    type QueryMsg = reporter::QueryMsg;
    type Config = Option<reporter::ReporterChannel>;

    fn instantiate_msg() -> Self::InstantiateMsg {
        reporter::InstantiateMsg { owner: owner() }
    }

    fn update_ownership(action: cw_ownable::Action) -> Self::ExecuteMsg {
        reporter::ExecuteMsg::UpdateOwnership(action)
    }

    fn ownership_query() -> Self::QueryMsg {
        reporter::QueryMsg::Ownership {}
    }

    fn config_query() -> Self::QueryMsg {
        reporter::QueryMsg::Channel {}
    }

    fn check_config(channel: &Self::Config) {
        assert!(channel.is_none());
    }
}

smoke_case!(
    ProverPool,
    "prover-pool",
    prover_pool,
    prover_pool::InstantiateMsg {
        owner: owner(),
        config: prover_pool::Config {
            stake_token: addr("wrapped-lst"),
            fee_denom: DENOM.to_string(),
            treasury: addr("treasury"),
            relayer: addr("relayer"),
            min_capacity: 1,
            min_stake_per_capacity: Uint128::new(1_000_000),
            initial_fee_per_gas: Decimal::permille(1),
            initial_proof_delay: 30 * 60,
            max_open_blocks: 64,
            slash_fraction: Decimal::percent(5),
            slash_reward_multiple: 10,
        },
    },
    |config| {
        assert_eq!(config.relayer.as_str(), addr("relayer"));
        assert_eq!(config.max_open_blocks, 64);
    }
);

smoke_case!(
    WrappedLst,
    "wrapped-lst",
    wrapped_lst,
    wrapped_lst::InstantiateMsg {
        owner: owner(),
        heavy_lst: addr("heavy-lst"),
        token: TokenMetadata::new("Faro wrapped staked ATOM", "wstATOM", 6),
    },
    |config| {
        assert_eq!(config.heavy_lst.as_str(), addr("heavy-lst"));
        assert_eq!(config.token.symbol, "wstATOM");
    }
);
