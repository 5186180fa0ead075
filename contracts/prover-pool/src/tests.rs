use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{Decimal, Uint128};
use faro_types::bounds::BoundError;
use faro_types::prover_pool::InstantiateMsg;

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg() -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("dao").to_string(),
        stake_token: api.addr_make("wrapped_lst").to_string(),
        fee_denom: "uatom".to_string(),
        treasury: api.addr_make("treasury").to_string(),
        relayer: api.addr_make("relayer").to_string(),
        min_capacity: 1,
        min_stake_per_capacity: Uint128::new(1_000_000),
        initial_fee_per_gas: Decimal::permille(25),
        max_open_blocks: 16,
        slash_fraction: Decimal::percent(5),
        slash_reward_multiple: 10,
    }
}

#[test]
fn keeps_the_stake_token_and_fee_parameters() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg()).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(
        config.stake_token,
        MockApi::default().addr_make("wrapped_lst")
    );
    assert_eq!(config.initial_fee_per_gas, Decimal::permille(25));
}

#[test]
fn refuses_degenerate_parameters() {
    let cases = [
        (
            InstantiateMsg {
                min_capacity: 0,
                ..msg()
            },
            "min_capacity",
        ),
        (
            InstantiateMsg {
                initial_fee_per_gas: Decimal::zero(),
                ..msg()
            },
            "initial_fee_per_gas",
        ),
        (
            InstantiateMsg {
                slash_fraction: Decimal::zero(),
                ..msg()
            },
            "slash_fraction",
        ),
        (
            InstantiateMsg {
                max_open_blocks: 0,
                ..msg()
            },
            "max_open_blocks",
        ),
    ];
    for (bad, field) in cases {
        let mut deps = mock_dependencies();
        let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
        let err = instantiate(deps.as_mut(), mock_env(), info, bad).unwrap_err();
        assert_eq!(err, ContractError::Bound(BoundError::Zero { field }));
        assert!(query::config(deps.as_ref()).is_err());
    }
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    let whole = InstantiateMsg {
        slash_fraction: Decimal::percent(101),
        ..msg()
    };
    let err = instantiate(deps.as_mut(), mock_env(), info, whole).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::AboveMax {
            field: "slash_fraction",
            ..
        })
    ));
}
