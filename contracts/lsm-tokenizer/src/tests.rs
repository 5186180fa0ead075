use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{coins, DepsMut, Response};
use cw_utils::PaymentError;
use faro_types::denom::DenomError;
use faro_types::lsm_tokenizer::InstantiateMsg;

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg() -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("dao").to_string(),
        hub: api.addr_make("hub").to_string(),
        denom: "uatom".to_string(),
    }
}

fn run(deps: DepsMut, msg: InstantiateMsg) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps, mock_env(), info, msg)
}

#[test]
fn obeys_the_configured_hub() {
    let mut deps = mock_dependencies();
    run(deps.as_mut(), msg()).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.hub.as_str(), msg().hub);
    assert_eq!(config.denom, "uatom");
}

#[test]
fn refuses_bad_input_and_stores_nothing() {
    let mut deps = mock_dependencies();
    let bad_hub = InstantiateMsg {
        hub: "hub".to_string(),
        ..msg()
    };
    assert!(matches!(
        run(deps.as_mut(), bad_hub),
        Err(ContractError::Std(_))
    ));
    let bad_denom = InstantiateMsg {
        denom: "u".to_string(),
        ..msg()
    };
    let err = run(deps.as_mut(), bad_denom).unwrap_err();
    assert_eq!(
        err,
        ContractError::Denom(DenomError::Invalid {
            denom: "u".to_string()
        })
    );

    let info = message_info(
        &MockApi::default().addr_make("deployer"),
        &coins(1, "uatom"),
    );
    let err = instantiate(deps.as_mut(), mock_env(), info, msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert!(query::config(deps.as_ref()).is_err());
}
