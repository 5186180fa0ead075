//! The end of a settlement: once the owner has named the oracle, it is told to broadcast
//! the new index, last and replied to only on error; a failure there is only noted.

use cosmwasm_std::testing::{mock_env, MockApi};
use cosmwasm_std::{
    coins, to_json_binary, CosmosMsg, Decimal256, Response, SubMsg, Uint128, WasmMsg,
};
use faro_types::heavy_lst::{HeavyLstContract, TotalSharesResponse};
use faro_types::hub::{ConfigUpdate, ExecuteMsg};
use faro_types::oracle::ExecuteMsg as OracleMsg;

use super::{addr, answer_queries, exec, one_heavy_operator, reply_msg, setup, Deps};
use crate::contract::reply;
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
        exec(&mut deps, "dao", ExecuteMsg::UpdateConfig(update)).unwrap();
    }
    let mut books = BOOKS.load(&deps.storage).unwrap();
    books.pending = Uint128::new(1_000);
    BOOKS.save(&mut deps.storage, &books).unwrap();
    let hub = mock_env().contract.address;
    deps.querier.bank.update_balance(hub, coins(1_000, "uatom"));

    let shares = to_json_binary(&TotalSharesResponse {
        total_shares: Uint128::new(800),
    })
    .unwrap();
    answer_queries(
        &mut deps,
        vec![
            (addr("heavy_lst"), shares),
            (addr("registry"), one_heavy_operator("val", None)),
        ],
    );
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
    let oracle_call = WasmMsg::Execute {
        contract_addr: addr("oracle"),
        msg: to_json_binary(&OracleMsg::BroadcastRate {}).unwrap(),
        funds: vec![],
    };
    assert_eq!(
        *broadcast,
        SubMsg::reply_on_error(oracle_call, RATE_BROADCAST_REPLY)
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
