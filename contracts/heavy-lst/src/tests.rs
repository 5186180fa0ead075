use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use faro_types::heavy_lst::InstantiateMsg;
use faro_types::token::{TokenMetadata, TokenMetadataError};

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg(symbol: &str) -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("dao").to_string(),
        hub: api.addr_make("hub").to_string(),
        token: TokenMetadata {
            name: "Faro staked ATOM".to_string(),
            symbol: symbol.to_string(),
            decimals: 6,
        },
    }
}

#[test]
fn the_hub_is_the_configured_minter() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg("stATOM")).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.hub, MockApi::default().addr_make("hub"));
    assert_eq!(config.token.symbol, "stATOM");
}

#[test]
fn refuses_malformed_metadata_and_hub() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    let err = instantiate(deps.as_mut(), mock_env(), info.clone(), msg("s t")).unwrap_err();
    assert_eq!(err, ContractError::Token(TokenMetadataError::InvalidSymbol));

    let bad_hub = InstantiateMsg {
        hub: "HUB".to_string(),
        ..msg("stATOM")
    };
    let err = instantiate(deps.as_mut(), mock_env(), info, bad_hub).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    assert!(query::config(deps.as_ref()).is_err());
}
