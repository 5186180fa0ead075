use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, to_json_vec, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::InstantiateMsg;

use super::{account, addr, chain, instantiate_msg, instantiate_with, setup};
use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn try_instantiate(msg: InstantiateMsg) -> (super::Deps, Result<(), ContractError>) {
    let mut deps = chain();
    let info = message_info(&addr("deployer"), &[]);
    let res = instantiate(deps.as_mut(), mock_env(), info, msg).map(|_| ());
    (deps, res)
}

/// The refusal of `field` at `value`, above its bound `max`.
fn above_max(field: &'static str, value: impl ToString, max: impl ToString) -> BoundError {
    BoundError::AboveMax {
        field,
        value: value.to_string(),
        max: max.to_string(),
    }
}

#[test]
fn starts_in_phase_one_with_the_given_configuration() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    let sent = instantiate_msg().config;
    assert_eq!(to_json_vec(&config).unwrap(), to_json_vec(&sent).unwrap());
    assert_eq!(config.max_leverage, 100);
    assert!(!config.permissionless);
    assert_eq!(config.treasury.as_str(), account("treasury"));
    assert_eq!(config.oracle.unwrap().as_str(), account("oracle"));
    assert_eq!(config.light_lst_code_id, 7);
    assert_eq!(
        (config.token_symbol.as_str(), config.token_decimals),
        ("ATOM", 6)
    );

    let (deps, res) = try_instantiate(instantiate_with(|config| {
        config.oracle = None;
        config.token_decimals = 18;
        config.token_symbol = "A1".to_string();
    }));
    res.unwrap();
    assert_eq!(query::config(deps.as_ref()).unwrap().oracle, None);
}

#[test]
fn refuses_each_figure_out_of_bounds() {
    let cases = [
        (
            instantiate_with(|config| config.min_bond = Uint128::zero()),
            BoundError::Zero { field: "min_bond" },
        ),
        (
            instantiate_with(|config| config.max_leverage = 0),
            BoundError::Zero {
                field: "max_leverage",
            },
        ),
        (
            instantiate_with(|config| config.max_leverage = 1_001),
            above_max("max_leverage", 1_001, 1_000),
        ),
        (
            instantiate_with(|config| config.exit_period = 61 * 24 * 3600),
            above_max("exit_period", 61 * 24 * 3600, 60 * 24 * 3600),
        ),
        (
            instantiate_with(|config| config.light_lst_code_id = 0),
            BoundError::Zero {
                field: "light_lst_code_id",
            },
        ),
        (
            instantiate_with(|config| config.token_decimals = 19),
            above_max("token_decimals", 19, 18),
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
        let (_, res) = try_instantiate(instantiate_with(|config| {
            config.token_symbol = symbol.to_string()
        }));
        assert_eq!(
            res.unwrap_err(),
            ContractError::InvalidTokenSymbol {
                symbol: symbol.to_string()
            }
        );
    }
    let (deps, res) = try_instantiate(instantiate_with(|config| {
        config.treasury = "not an address".to_string()
    }));
    assert!(matches!(res.unwrap_err(), ContractError::Std(_)));
    assert!(query::config(deps.as_ref()).is_err());
    let (_, res) = try_instantiate(instantiate_with(|config| {
        config.oracle = Some("Oracle".to_string())
    }));
    assert!(matches!(res.unwrap_err(), ContractError::Std(_)));

    let mut deps = chain();
    let info = message_info(&addr("deployer"), &coins(1, "uatom"));
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}
