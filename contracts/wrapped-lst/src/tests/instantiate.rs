use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use cosmwasm_std::{coins, Coin};
use cw_utils::PaymentError;
use faro_types::token::TokenMetadataError;
use faro_types::wrapped_lst::InstantiateMsg;

use super::{addr, instantiate_msg, Wrapper};
use crate::contract::{instantiate, CONTRACT_NAME, CONTRACT_VERSION};
use crate::error::ContractError;
use crate::query;

#[test]
fn wraps_the_configured_heavy_lst_and_starts_empty_without_a_minter() {
    let wrapper = Wrapper::new();
    let deps = wrapper.deps.as_ref();
    let config = query::config(deps).unwrap();
    assert_eq!(config.heavy_lst, addr("heavy_lst"));
    assert_eq!(config.token.decimals, 6);
    assert_eq!(wrapper.supply(), 0);
    assert!(query::total_vault_token_supply(deps).unwrap().is_zero());
    assert_eq!(cw20_base::contract::query_minter(deps).unwrap(), None);
    let marketing = cw20_base::contract::query_marketing_info(deps).unwrap();
    assert_eq!(marketing.marketing, Some(addr("dao")), "the owner markets");
    let version = cw2::get_contract_version(&wrapper.deps.storage).unwrap();
    assert_eq!(
        (version.contract.as_str(), version.version.as_str()),
        (CONTRACT_NAME, CONTRACT_VERSION)
    );
}

/// `msg`, paid with `funds`, is refused and nothing is stored.
fn refused(funds: &[Coin], msg: InstantiateMsg) -> ContractError {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), funds);
    let err = instantiate(deps.as_mut(), mock_env(), info, msg).unwrap_err();
    assert!(query::config(deps.as_ref()).is_err());
    err
}

#[test]
fn refuses_too_many_decimals_and_funds() {
    let mut too_many_decimals = instantiate_msg();
    too_many_decimals.token.decimals = 19;
    let cases = [
        (
            "too many decimals",
            vec![],
            too_many_decimals,
            ContractError::Token(TokenMetadataError::InvalidDecimals),
        ),
        (
            "funds",
            coins(1, "uatom"),
            instantiate_msg(),
            ContractError::Payment(PaymentError::NonPayable {}),
        ),
    ];
    for (case, funds, msg, expected) in cases {
        assert_eq!(refused(&funds, msg), expected, "{case}");
    }
}

#[test]
fn refuses_a_malformed_heavy_lst_address() {
    let msg = InstantiateMsg {
        heavy_lst: "HEAVY".to_string(),
        ..instantiate_msg()
    };
    let err = refused(&[], msg);
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
}
