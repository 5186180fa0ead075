use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use cosmwasm_std::{coins, from_json, CosmosMsg, DepsMut, DistributionMsg, Response};
use cw_utils::PaymentError;
use faro_types::denom::DenomError;
use faro_types::liquid::LsmModule;
use faro_types::lsm_tokenizer::{Config, InstantiateMsg, QueryMsg};

use super::{addr, attr, instantiate_msg, messages, setup};
use crate::contract::{instantiate, query};
use crate::error::ContractError;

fn run(deps: DepsMut, msg: InstantiateMsg) -> Result<Response, ContractError> {
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps, mock_env(), info, msg)
}

#[test]
fn obeys_the_configured_hub_and_sends_it_every_reward() {
    let mut deps = mock_dependencies();
    let res = run(deps.as_mut(), instantiate_msg()).unwrap();
    assert_eq!(
        messages(&res),
        vec![CosmosMsg::Distribution(
            DistributionMsg::SetWithdrawAddress {
                address: addr("hub").to_string()
            }
        )]
    );
    assert_eq!(attr(&res, "action"), "instantiate");
    assert_eq!(attr(&res, "hub"), addr("hub").as_str());
    assert_eq!(attr(&res, "denom"), "uatom");
    assert_eq!(attr(&res, "lsm_module"), "sdk_staking");
    assert_eq!(attr(&res, "owner"), addr("dao").as_str());

    let config: Config =
        from_json(query(deps.as_ref(), mock_env(), QueryMsg::Config {}).unwrap()).unwrap();
    assert_eq!(
        config,
        Config {
            hub: addr("hub"),
            denom: "uatom".to_string(),
            lsm_module: LsmModule::SdkStaking,
        }
    );
}

#[test]
fn keeps_the_lsm_module_it_is_given() {
    let mut deps = mock_dependencies();
    let msg = InstantiateMsg {
        lsm_module: LsmModule::GaiaLiquid,
        ..instantiate_msg()
    };
    let res = run(deps.as_mut(), msg).unwrap();
    assert_eq!(attr(&res, "lsm_module"), "gaia_liquid");
    let config = crate::query::config(deps.as_ref()).unwrap();
    assert_eq!(config.lsm_module, LsmModule::GaiaLiquid);
}

#[test]
fn refuses_bad_input_and_stores_nothing() {
    let mut deps = mock_dependencies();
    let bad_hub = InstantiateMsg {
        hub: "hub".to_string(),
        ..instantiate_msg()
    };
    assert!(matches!(
        run(deps.as_mut(), bad_hub),
        Err(ContractError::Std(_))
    ));
    let bad_denom = InstantiateMsg {
        denom: "u".to_string(),
        ..instantiate_msg()
    };
    let err = run(deps.as_mut(), bad_denom).unwrap_err();
    assert_eq!(
        err,
        ContractError::Denom(DenomError::Invalid {
            denom: "u".to_string()
        })
    );

    let info = message_info(&addr("deployer"), &coins(1, "uatom"));
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert!(crate::query::config(deps.as_ref()).is_err());
}

#[test]
fn answers_who_owns_it() {
    let deps = setup();
    let ownership: cw_ownable::Ownership<cosmwasm_std::Addr> =
        from_json(query(deps.as_ref(), mock_env(), QueryMsg::Ownership {}).unwrap()).unwrap();
    assert_eq!(ownership.owner, Some(addr("dao")));
}
