//! The end of a settlement: once the owner has named the oracle, it is told to broadcast
//! the new index, last and replied to only on error; a failure there is only noted.

use cosmwasm_std::testing::{message_info, mock_env, MockApi};
use cosmwasm_std::{
    coins, from_json, to_json_binary, ContractResult, CosmosMsg, Decimal256, ReplyOn, Response,
    SystemError, SystemResult, Uint128, WasmMsg, WasmQuery,
};
use faro_types::heavy_lst::{HeavyLstContract, TotalSharesResponse};
use faro_types::hub::{ConfigUpdate, ExecuteMsg};
use faro_types::operator_registry::{HeavyWeight, HeavyWeightsResponse};
use faro_types::oracle::ExecuteMsg as OracleMsg;

use super::{addr, reply_msg, setup, Deps};
use crate::contract::{execute, reply};
use crate::reply::{HARVEST_REPLY, RATE_BROADCAST_REPLY};
use crate::state::BOOKS;

/// 1,000 pending coins, restaked with the one operator, back 800 shares: index 1.25.
fn due_epoch(oracle: Option<&str>) -> Deps {
    let mut deps = setup();
    if let Some(oracle) = oracle {
        let update = ConfigUpdate {
            oracle: Some(addr(oracle)),
            ..ConfigUpdate::default()
        };
        let owner = message_info(&MockApi::default().addr_make("dao"), &[]);
        let msg = ExecuteMsg::UpdateConfig(update);
        execute(deps.as_mut(), mock_env(), owner, msg).unwrap();
    }
    let mut books = BOOKS.load(&deps.storage).unwrap();
    books.pending = Uint128::new(1_000);
    BOOKS.save(&mut deps.storage, &books).unwrap();
    let hub = mock_env().contract.address;
    deps.querier.bank.update_balance(hub, coins(1_000, "uatom"));

    let (heavy_lst, registry) = (addr("heavy_lst"), addr("registry"));
    let shares = to_json_binary(&TotalSharesResponse {
        total_shares: Uint128::new(800),
    })
    .unwrap();
    let weights = to_json_binary(&HeavyWeightsResponse {
        weights: vec![HeavyWeight {
            valoper: "val".to_string(),
            weight: 1,
            reward_address: MockApi::default().addr_make("val_rewards"),
            cap: None,
        }],
        total_weight: 1,
    })
    .unwrap();
    deps.querier.update_wasm(move |query| match query {
        WasmQuery::Smart { contract_addr, .. } if *contract_addr == heavy_lst => {
            SystemResult::Ok(ContractResult::Ok(shares.clone()))
        }
        WasmQuery::Smart { contract_addr, .. } if *contract_addr == registry => {
            SystemResult::Ok(ContractResult::Ok(weights.clone()))
        }
        _ => SystemResult::Err(SystemError::UnsupportedRequest {
            kind: "neither the heavy LST nor the registry".to_string(),
        }),
    });
    deps
}

/// The tokenizer has withdrawn the rewards: the hub settles.
fn settle(deps: &mut Deps) -> Response {
    reply(deps.as_mut(), mock_env(), reply_msg(HARVEST_REPLY, None)).unwrap()
}

fn set_index(index: Decimal256) -> CosmosMsg {
    let heavy_lst = MockApi::default().addr_make("heavy_lst");
    HeavyLstContract(heavy_lst).set_index_msg(index).unwrap()
}

#[test]
fn a_settlement_tells_the_oracle_last_to_broadcast_the_new_index() {
    let mut deps = due_epoch(Some("oracle"));
    let res = settle(&mut deps);
    assert_eq!(BOOKS.load(&deps.storage).unwrap().epoch, 2);

    let (broadcast, before) = res.messages.split_last().unwrap();
    assert_eq!(
        before.last().unwrap().msg,
        set_index(Decimal256::percent(125))
    );
    assert_eq!(
        (broadcast.id, broadcast.reply_on.clone()),
        (RATE_BROADCAST_REPLY, ReplyOn::Error)
    );
    let CosmosMsg::Wasm(WasmMsg::Execute {
        contract_addr,
        msg,
        funds,
    }) = &broadcast.msg
    else {
        panic!("not a contract call: {broadcast:?}");
    };
    assert_eq!(
        (contract_addr.as_str(), funds.len()),
        (addr("oracle").as_str(), 0)
    );
    assert_eq!(
        from_json::<OracleMsg>(msg).unwrap(),
        OracleMsg::BroadcastRate {}
    );
}

#[test]
fn without_an_oracle_the_settlement_ends_with_the_index() {
    let mut deps = due_epoch(None);
    let res = settle(&mut deps);
    let last = res.messages.last().unwrap();
    assert_eq!(last.msg, set_index(Decimal256::percent(125)));
    let oracle = addr("oracle");
    assert!(!res.messages.iter().any(|sub| matches!(
        &sub.msg,
        CosmosMsg::Wasm(WasmMsg::Execute { contract_addr, .. }) if *contract_addr == oracle
    )));
}

#[test]
fn a_failed_broadcast_is_only_noted() {
    let mut deps = due_epoch(Some("oracle"));
    settle(&mut deps);
    let books = BOOKS.load(&deps.storage).unwrap();
    let failed = reply_msg(
        RATE_BROADCAST_REPLY,
        Some("no gateway is set to broadcast the rate to"),
    );
    let res = reply(deps.as_mut(), mock_env(), failed).unwrap();
    let attributes: Vec<(&str, &str)> = res
        .attributes
        .iter()
        .map(|attr| (attr.key.as_str(), attr.value.as_str()))
        .collect();
    assert_eq!(
        attributes,
        [
            ("action", "rate_broadcast_failed"),
            ("error", "no gateway is set to broadcast the rate to")
        ]
    );
    assert!(res.messages.is_empty());
    assert_eq!(BOOKS.load(&deps.storage).unwrap(), books);
}
