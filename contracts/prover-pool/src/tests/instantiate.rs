use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use cosmwasm_std::{coins, to_json_vec, Decimal, Decimal256, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::denom::DenomError;
use faro_types::prover_pool::{InstantiateMsg, MigrateMsg};

use super::{addr, instantiate_msg, instantiate_with, Suite, DENOM};
use crate::contract::{instantiate, migrate, CONTRACT_NAME};
use crate::error::ContractError;
use crate::query;

fn try_instantiate(msg: InstantiateMsg) -> Result<(), ContractError> {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let res = instantiate(deps.as_mut(), mock_env(), info, msg).map(|_| ());
    if res.is_err() {
        assert!(query::config(deps.as_ref()).is_err(), "nothing saved");
    }
    res
}

#[test]
fn keeps_the_config_and_starts_the_pool_from_it() {
    let suite = Suite::new();
    let config = query::config(suite.deps.as_ref()).unwrap();
    let sent = instantiate_msg().config;
    assert_eq!(to_json_vec(&config).unwrap(), to_json_vec(&sent).unwrap());
    assert_eq!(config.stake_token, addr("wrapped_lst"));
    assert_eq!(config.initial_fee_per_gas, Decimal::permille(25));
    assert_eq!(config.initial_proof_delay, 600);
    let pool = suite.pool();
    assert_eq!(pool.fee_per_gas, Decimal256::permille(25));
    assert_eq!(pool.average_proof_delay, 600);
    assert_eq!(pool.proof_window, 1200);
    assert_eq!(pool.active_provers, 0);
    assert!(pool.total_stake.is_zero() && pool.reserve.is_zero());
    suite.assert_books();
}

#[test]
fn refuses_degenerate_parameters() {
    let cases = [
        (
            instantiate_with(|config| config.min_capacity = 0),
            "min_capacity",
        ),
        (
            instantiate_with(|config| config.min_stake_per_capacity = Uint128::zero()),
            "min_stake_per_capacity",
        ),
        (
            instantiate_with(|config| config.initial_fee_per_gas = Decimal::zero()),
            "initial_fee_per_gas",
        ),
        (
            instantiate_with(|config| config.initial_proof_delay = 0),
            "initial_proof_delay",
        ),
        (
            instantiate_with(|config| config.slash_fraction = Decimal::zero()),
            "slash_fraction",
        ),
        (
            instantiate_with(|config| config.slash_reward_multiple = 0),
            "slash_reward_multiple",
        ),
        (
            instantiate_with(|config| config.max_open_blocks = 0),
            "max_open_blocks",
        ),
    ];
    for (bad, field) in cases {
        let err = try_instantiate(bad).unwrap_err();
        assert_eq!(err, ContractError::Bound(BoundError::Zero { field }));
    }
}

#[test]
fn refuses_out_of_bounds_parameters() {
    let above_max = [
        (
            instantiate_with(|config| config.slash_fraction = Decimal::percent(101)),
            "slash_fraction",
            "1.01",
            "1",
        ),
        (
            instantiate_with(|config| config.initial_proof_delay = 90 * 60 + 1),
            "initial_proof_delay",
            "5401",
            "5400",
        ),
    ];
    for (bad, field, value, max) in above_max {
        let (value, max) = (value.to_string(), max.to_string());
        let expected = BoundError::AboveMax { field, value, max };
        assert_eq!(
            try_instantiate(bad).unwrap_err(),
            ContractError::Bound(expected)
        );
    }
    let lenient = instantiate_with(|config| config.slash_reward_multiple = 1);
    let below_min = BoundError::BelowMin {
        field: "slash_reward_multiple",
        value: "1".to_string(),
        min: "2".to_string(),
    };
    assert_eq!(
        try_instantiate(lenient).unwrap_err(),
        ContractError::Bound(below_min)
    );
}

#[test]
fn refuses_a_malformed_denom_or_address() {
    let bad_denom = instantiate_with(|config| config.fee_denom = "u".to_string());
    assert_eq!(
        try_instantiate(bad_denom).unwrap_err(),
        ContractError::Denom(DenomError::Invalid {
            denom: "u".to_string()
        })
    );
    let bad_addr = instantiate_with(|config| config.treasury = "not an address".to_string());
    assert!(matches!(
        try_instantiate(bad_addr).unwrap_err(),
        ContractError::Std(_)
    ));
}

#[test]
fn refuses_funds() {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &coins(1, DENOM));
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn migrates_its_own_code_only_forward() {
    let mut suite = Suite::new();
    let res = migrate(suite.deps.as_mut(), mock_env(), MigrateMsg {}).unwrap();
    assert_eq!(res.attributes[0].value, "migrate");
    cw2::set_contract_version(&mut suite.deps.storage, CONTRACT_NAME, "9.0.0").unwrap();
    let err = migrate(suite.deps.as_mut(), mock_env(), MigrateMsg {}).unwrap_err();
    assert!(matches!(err, ContractError::Migrate(_)));
}
