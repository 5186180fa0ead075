use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use faro_types::token::{TokenMetadata, TokenMetadataError};
use faro_types::wrapped_lst::InstantiateMsg;

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg(decimals: u8) -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("dao").to_string(),
        heavy_lst: api.addr_make("heavy_lst").to_string(),
        token: TokenMetadata {
            name: "Faro wrapped staked ATOM".to_string(),
            symbol: "wstATOM".to_string(),
            decimals,
        },
    }
}

#[test]
fn wraps_the_configured_heavy_lst() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg(6)).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.heavy_lst, MockApi::default().addr_make("heavy_lst"));
    assert_eq!(config.token.decimals, 6);
}

#[test]
fn refuses_too_many_decimals_and_stores_nothing() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    let err = instantiate(deps.as_mut(), mock_env(), info, msg(19)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Token(TokenMetadataError::InvalidDecimals)
    );
    assert!(query::config(deps.as_ref()).is_err());
}
