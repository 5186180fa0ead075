use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::InstantiateMsg;

use super::{account, addr, chain, instantiate_msg, setup};
use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn try_instantiate(msg: InstantiateMsg) -> (super::Deps, Result<(), ContractError>) {
    let mut deps = chain();
    let info = message_info(&addr("deployer"), &[]);
    let res = instantiate(deps.as_mut(), mock_env(), info, msg).map(|_| ());
    (deps, res)
}

#[test]
fn starts_in_phase_one_with_the_given_configuration() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.max_leverage, 100);
    assert!(!config.permissionless);
    assert_eq!(config.treasury.as_str(), account("treasury"));
    assert_eq!(config.oracle.unwrap().as_str(), account("oracle"));
    assert_eq!(config.light_lst_code_id, 7);
    assert_eq!(
        (config.token_symbol.as_str(), config.token_decimals),
        ("ATOM", 6)
    );

    let (deps, res) = try_instantiate(InstantiateMsg {
        oracle: None,
        token_decimals: 18,
        token_symbol: "A1".to_string(),
        ..instantiate_msg()
    });
    res.unwrap();
    assert_eq!(query::config(deps.as_ref()).unwrap().oracle, None);
}

#[test]
fn refuses_each_figure_out_of_bounds() {
    let cases = [
        (
            InstantiateMsg {
                min_bond: Uint128::zero(),
                ..instantiate_msg()
            },
            BoundError::Zero { field: "min_bond" },
        ),
        (
            InstantiateMsg {
                max_leverage: 0,
                ..instantiate_msg()
            },
            BoundError::Zero {
                field: "max_leverage",
            },
        ),
        (
            InstantiateMsg {
                max_leverage: 1_001,
                ..instantiate_msg()
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
                ..instantiate_msg()
            },
            BoundError::AboveMax {
                field: "exit_period",
                value: (61 * 24 * 3600).to_string(),
                max: (60 * 24 * 3600).to_string(),
            },
        ),
        (
            InstantiateMsg {
                light_lst_code_id: 0,
                ..instantiate_msg()
            },
            BoundError::Zero {
                field: "light_lst_code_id",
            },
        ),
        (
            InstantiateMsg {
                token_decimals: 19,
                ..instantiate_msg()
            },
            BoundError::AboveMax {
                field: "token_decimals",
                value: "19".to_string(),
                max: "18".to_string(),
            },
        ),
    ];
    for (bad, expected) in cases {
        let (deps, res) = try_instantiate(bad);
        assert_eq!(res.unwrap_err(), ContractError::Bound(expected));
        assert!(query::config(deps.as_ref()).is_err());
    }
}

#[test]
fn refuses_malformed_symbols_addresses_and_funds() {
    for symbol in ["", "ATOM-X", "ÁTOM", "ABCDEFGHIJK"] {
        let (_, res) = try_instantiate(InstantiateMsg {
            token_symbol: symbol.to_string(),
            ..instantiate_msg()
        });
        assert_eq!(
            res.unwrap_err(),
            ContractError::InvalidTokenSymbol {
                symbol: symbol.to_string()
            }
        );
    }
    let (deps, res) = try_instantiate(InstantiateMsg {
        treasury: "not an address".to_string(),
        ..instantiate_msg()
    });
    assert!(matches!(res.unwrap_err(), ContractError::Std(_)));
    assert!(query::config(deps.as_ref()).is_err());
    let (_, res) = try_instantiate(InstantiateMsg {
        oracle: Some("Oracle".to_string()),
        ..instantiate_msg()
    });
    assert!(matches!(res.unwrap_err(), ContractError::Std(_)));

    let mut deps = chain();
    let info = message_info(&addr("deployer"), &coins(1, "uatom"));
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}
