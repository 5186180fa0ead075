use cosmwasm_std::{coins, Coin, Decimal256, Uint128};
use cw_utils::PaymentError;
use faro_types::heavy_lst::InstantiateMsg;
use faro_types::token::TokenMetadataError;

use super::{addr, instantiate_msg, instantiate_paying, setup};
use crate::contract::{CONTRACT_NAME, CONTRACT_VERSION};
use crate::error::ContractError;
use crate::query;

#[test]
fn the_hub_is_the_configured_minter_and_the_token_starts_empty() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.hub, addr("hub"));
    assert_eq!(config.token.symbol, "stATOM");
    assert_eq!(
        query::index(deps.as_ref()).unwrap().index,
        Decimal256::one()
    );
    assert_eq!(
        query::total_shares(deps.as_ref()).unwrap().total_shares,
        Uint128::zero()
    );
    let info = query::token_info(deps.as_ref()).unwrap();
    assert_eq!(
        (info.name.as_str(), info.decimals, info.total_supply),
        ("Faro staked ATOM", 6, Uint128::zero())
    );
    let version = cw2::get_contract_version(&deps.storage).unwrap();
    assert_eq!(
        (version.contract.as_str(), version.version.as_str()),
        (CONTRACT_NAME, CONTRACT_VERSION)
    );
}

/// `msg`, paid with `funds`, is refused and nothing is stored.
fn refused(funds: &[Coin], msg: InstantiateMsg) -> ContractError {
    let (deps, outcome) = instantiate_paying(funds, msg);
    assert!(query::config(deps.as_ref()).is_err());
    outcome.unwrap_err()
}

#[test]
fn refuses_malformed_metadata_and_hub() {
    let mut msg = instantiate_msg();
    msg.token.symbol = "s t".to_string();
    assert_eq!(
        refused(&[], msg),
        ContractError::Token(TokenMetadataError::InvalidSymbol)
    );

    let bad_hub = InstantiateMsg {
        hub: "HUB".to_string(),
        ..instantiate_msg()
    };
    let err = refused(&[], bad_hub);
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
}

#[test]
fn refuses_funds() {
    assert_eq!(
        refused(&coins(1, "uatom"), instantiate_msg()),
        ContractError::Payment(PaymentError::NonPayable {})
    );
}
