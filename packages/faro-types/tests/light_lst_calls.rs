//! The narrow call messages must stay byte-identical to the light LST's and the registry's
//! own messages.

use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{to_json_binary, to_json_string, CosmosMsg, Uint128, WasmMsg};
use faro_types::light_lst::{CallMsg, CallQueryMsg, ExecuteMsg, LightLstContract, QueryMsg};
use faro_types::operator_registry::{self, RegistryContract};

#[test]
fn call_messages_serialise_as_the_execute_messages() {
    let reward_address = "cosmwasm1xyz".to_string();
    let pairs = [
        (
            to_json_string(&CallMsg::Reward {}),
            to_json_string(&ExecuteMsg::Reward {}),
        ),
        (
            to_json_string(&CallMsg::SetRewardAddress {
                reward_address: reward_address.clone(),
            }),
            to_json_string(&ExecuteMsg::SetRewardAddress { reward_address }),
        ),
    ];
    for (call, execute) in pairs {
        assert_eq!(call.unwrap(), execute.unwrap());
    }
}

#[test]
fn call_queries_serialise_as_the_queries() {
    assert_eq!(
        to_json_string(&CallQueryMsg::Deposits {}).unwrap(),
        to_json_string(&QueryMsg::Deposits {}).unwrap()
    );
}

#[test]
fn the_light_lsts_penalty_is_the_registrys_own_message() {
    let (valoper, amount) = ("cosmwasmvaloper1bob".to_string(), Uint128::new(42));
    assert_eq!(
        to_json_string(&operator_registry::CallMsg::Penalise {
            valoper: valoper.clone(),
            amount
        })
        .unwrap(),
        to_json_string(&operator_registry::ExecuteMsg::Penalise {
            valoper: valoper.clone(),
            amount
        })
        .unwrap()
    );

    let registry = MockApi::default().addr_make("registry");
    let msg = RegistryContract(registry.clone())
        .penalise_msg(valoper.clone(), amount)
        .unwrap();
    let expected: CosmosMsg = WasmMsg::Execute {
        contract_addr: registry.to_string(),
        msg: to_json_binary(&operator_registry::ExecuteMsg::Penalise { valoper, amount }).unwrap(),
        funds: vec![],
    }
    .into();
    assert_eq!(msg, expected);
    let scores = vec![operator_registry::LightScore {
        valoper: "cosmwasmvaloper1a".to_string(),
        score: cosmwasm_std::Decimal::percent(80),
    }];
    assert_eq!(
        to_json_string(&operator_registry::CallMsg::SetLightScores {
            scores: scores.clone()
        })
        .unwrap(),
        to_json_string(&operator_registry::ExecuteMsg::SetLightScores { scores }).unwrap()
    );
    assert_eq!(
        to_json_string(&operator_registry::CallQueryMsg::Oracle {}).unwrap(),
        to_json_string(&operator_registry::QueryMsg::Oracle {}).unwrap()
    );
    let (start_after, limit) = (Some("cosmwasmvaloper1a".to_string()), Some(7));
    assert_eq!(
        to_json_string(&operator_registry::CallQueryMsg::HeavyWeights {
            start_after: start_after.clone(),
            limit
        })
        .unwrap(),
        to_json_string(&operator_registry::QueryMsg::HeavyWeights {
            start_after: start_after.clone(),
            limit
        })
        .unwrap()
    );
    assert_eq!(
        to_json_string(&operator_registry::CallQueryMsg::LightLsts {
            start_after: start_after.clone(),
            limit
        })
        .unwrap(),
        to_json_string(&operator_registry::QueryMsg::LightLsts { start_after, limit }).unwrap()
    );
}

#[test]
fn the_hub_calls_the_light_lst_with_the_funds_given() {
    let light = MockApi::default().addr_make("light");
    let funds = cosmwasm_std::coins(7, "uatom");
    let msg = LightLstContract(light.clone())
        .call(&CallMsg::Reward {}, funds.clone())
        .unwrap();
    let expected: CosmosMsg = WasmMsg::Execute {
        contract_addr: light.to_string(),
        msg: to_json_binary(&ExecuteMsg::Reward {}).unwrap(),
        funds,
    }
    .into();
    assert_eq!(msg, expected);
}
