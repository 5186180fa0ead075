use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{Decimal, Uint128};
use faro_types::bounds::BoundError;
use faro_types::operator_registry::{InstantiateMsg, DEFAULT_MAX_LEVERAGE};

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: MockApi::default().addr_make("dao").to_string(),
        bond_denom: "uatom".to_string(),
        min_bond: Uint128::new(1_000_000_000),
        max_leverage: DEFAULT_MAX_LEVERAGE,
        max_commission: Decimal::percent(20),
        exit_period: 21 * 24 * 3600,
    }
}

#[test]
fn starts_with_default_leverage() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg()).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.max_leverage, 100);
}

#[test]
fn refuses_each_figure_out_of_bounds() {
    let cases = [
        (
            InstantiateMsg {
                min_bond: Uint128::zero(),
                ..msg()
            },
            BoundError::Zero { field: "min_bond" },
        ),
        (
            InstantiateMsg {
                max_leverage: 0,
                ..msg()
            },
            BoundError::Zero {
                field: "max_leverage",
            },
        ),
        (
            InstantiateMsg {
                max_leverage: 1_001,
                ..msg()
            },
            BoundError::AboveMax {
                field: "max_leverage",
                value: "1001".to_string(),
                max: "1000".to_string(),
            },
        ),
        (
            InstantiateMsg {
                exit_period: 61 * 24 * 3600,
                ..msg()
            },
            BoundError::AboveMax {
                field: "exit_period",
                value: (61 * 24 * 3600).to_string(),
                max: (60 * 24 * 3600).to_string(),
            },
        ),
    ];
    for (bad, expected) in cases {
        let mut deps = mock_dependencies();
        let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
        let err = instantiate(deps.as_mut(), mock_env(), info, bad).unwrap_err();
        assert_eq!(err, ContractError::Bound(expected));
        assert!(query::config(deps.as_ref()).is_err());
    }
}
