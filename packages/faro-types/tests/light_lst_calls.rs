//! The narrow call messages must stay byte-identical to the light LST's and the registry's
//! own messages.

#[macro_use]
mod mirror;

use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{wasm_execute, Decimal, Uint128};
use faro_types::light_lst::{CallMsg, CallQueryMsg, ExecuteMsg, LightLstContract, QueryMsg};
use faro_types::operator_registry::{
    CallMsg as RegistryCall, CallQueryMsg as RegistryCallQuery, ExecuteMsg as RegistryExecute,
    LightScore, QueryMsg as RegistryQuery, RegistryContract,
};

#[test]
fn call_messages_serialise_as_the_execute_messages() {
    let reward_address = "cosmwasm1xyz".to_string();
    assert_mirrors!(CallMsg, ExecuteMsg, Reward {});
    assert_mirrors!(CallMsg, ExecuteMsg, SetRewardAddress { reward_address });
}

#[test]
fn call_queries_serialise_as_the_queries() {
    assert_mirrors!(CallQueryMsg, QueryMsg, Deposits {});
}

#[test]
fn the_light_lsts_penalty_is_the_registrys_own_message() {
    let (valoper, amount) = ("cosmwasmvaloper1bob".to_string(), Uint128::new(42));
    assert_mirrors!(RegistryCall, RegistryExecute, Penalise { valoper, amount });

    let registry = MockApi::default().addr_make("registry");
    let msg = RegistryContract(registry.clone())
        .penalise_msg(valoper.clone(), amount)
        .unwrap();
    let penalise = RegistryExecute::Penalise { valoper, amount };
    assert_eq!(
        msg,
        wasm_execute(registry, &penalise, vec![]).unwrap().into()
    );
    let scores = vec![LightScore {
        valoper: "cosmwasmvaloper1a".to_string(),
        score: Decimal::percent(80),
    }];
    assert_mirrors!(RegistryCall, RegistryExecute, SetLightScores { scores });
    assert_mirrors!(RegistryCallQuery, RegistryQuery, Oracle {});
    let (start_after, limit) = (Some("cosmwasmvaloper1a".to_string()), Some(7));
    assert_mirrors!(
        RegistryCallQuery,
        RegistryQuery,
        HeavyWeights { start_after, limit }
    );
    assert_mirrors!(
        RegistryCallQuery,
        RegistryQuery,
        LightLsts { start_after, limit }
    );
}

#[test]
fn the_hub_calls_the_light_lst_with_the_funds_given() {
    let light = MockApi::default().addr_make("light");
    let funds = cosmwasm_std::coins(7, "uatom");
    let msg = LightLstContract(light.clone())
        .call(&CallMsg::Reward {}, funds.clone())
        .unwrap();
    let expected = wasm_execute(light, &ExecuteMsg::Reward {}, funds).unwrap();
    assert_eq!(msg, expected.into());
}
