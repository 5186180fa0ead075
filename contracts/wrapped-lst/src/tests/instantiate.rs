use cosmwasm_std::coins;
use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
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

#[test]
fn refuses_too_many_decimals_a_bad_address_and_funds() {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let mut msg = instantiate_msg();
    msg.token.decimals = 19;
    let err = instantiate(deps.as_mut(), mock_env(), info.clone(), msg).unwrap_err();
    assert_eq!(
        err,
        ContractError::Token(TokenMetadataError::InvalidDecimals)
    );
    let bad = InstantiateMsg {
        heavy_lst: "HEAVY".to_string(),
        ..instantiate_msg()
    };
    let err = instantiate(deps.as_mut(), mock_env(), info, bad).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    let paying = message_info(&addr("deployer"), &coins(1, "uatom"));
    let err = instantiate(deps.as_mut(), mock_env(), paying, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert!(query::config(deps.as_ref()).is_err());
}
