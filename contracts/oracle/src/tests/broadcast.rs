use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{from_json, CosmosMsg, Decimal256, ReplyOn, WasmMsg};
use faro_types::hub::FIRST_EPOCH;
use faro_types::oracle::ExecuteMsg;
use faro_types::oracle_gateway::ExecuteMsg as GatewayMsg;

use super::*;
use crate::query;

/// The `BroadcastRate` calls among the messages, as the gateway reads them.
fn pushes(res: &Response) -> Vec<GatewayMsg> {
    res.messages
        .iter()
        .filter_map(|m| match &m.msg {
            CosmosMsg::Wasm(WasmMsg::Execute {
                contract_addr, msg, ..
            }) if *contract_addr == addr("gateway").as_str() => {
                // A failing gateway fails the call: the hub notes it, anyone repeats it.
                assert_eq!(m.reply_on, ReplyOn::Never);
                Some(from_json(msg).unwrap())
            }
            _ => None,
        })
        .collect()
}

fn rate(index: Decimal256, epoch: u64) -> GatewayMsg {
    GatewayMsg::BroadcastRate {
        index,
        epoch,
        timestamp: mock_env().block.time,
    }
}

/// Every contract answers as the hub, with `hub`: `BroadcastRate` asks only the hub.
fn hub_answers(deps: &mut Deps, hub: HubState) {
    let answer = to_json_binary(&hub).unwrap();
    deps.querier
        .update_wasm(move |_| SystemResult::Ok(ContractResult::Ok(answer.clone())));
}

fn broadcast(deps: &mut Deps) -> Result<Response, ContractError> {
    exec(deps, "anyone", ExecuteMsg::BroadcastRate {})
}

#[test]
fn an_applied_report_moves_no_index_and_sends_no_rate() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    assert_eq!(attr(&res, "status"), "applied");
    assert!(pushes(&res).is_empty());

    let mut big = report(2);
    big.heavy_rewards = Uint128::new(20_000);
    finalise(&mut deps, big);
    let res = exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 2 }).unwrap();
    assert!(pushes(&res).is_empty());
}

#[test]
fn anyone_sends_the_hubs_index_with_the_epoch_that_set_it() {
    let mut deps = setup();
    // The hub's epoch 3 is open: epoch 2's settlement set the index.
    let res = broadcast(&mut deps).unwrap();
    assert_eq!(pushes(&res), [rate(Decimal256::percent(105), 2)]);
    assert_eq!(
        (
            attr(&res, "action"),
            attr(&res, "epoch"),
            attr(&res, "index")
        ),
        ("broadcast_rate", "2", "1.05")
    );
    // A repeat sends the same rate; the gateway skips the channels that have it.
    let again = broadcast(&mut deps).unwrap();
    assert_eq!(pushes(&again), pushes(&res));

    // The hub settles epoch 3.
    let mut settled = hub_state();
    settled.books.index = Decimal256::percent(106);
    settled.books.epoch = 4;
    hub_answers(&mut deps, settled);
    let res = broadcast(&mut deps).unwrap();
    assert_eq!(pushes(&res), [rate(Decimal256::percent(106), 3)]);
}

#[test]
fn before_the_hubs_first_settlement_there_is_no_rate() {
    let mut deps = setup();
    let mut first = hub_state();
    first.books.epoch = FIRST_EPOCH;
    hub_answers(&mut deps, first);
    let progress = query::progress(deps.as_ref()).unwrap();
    assert_eq!(
        broadcast(&mut deps).unwrap_err(),
        ContractError::NoSettledEpoch
    );
    assert_eq!(query::progress(deps.as_ref()).unwrap(), progress);
}

#[test]
fn without_a_gateway_there_is_nowhere_to_send() {
    let mut deps = setup();
    exec(&mut deps, "dao", ExecuteMsg::SetGateway { gateway: None }).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(broadcast(&mut deps).unwrap_err(), ContractError::NoGateway);
    assert_eq!(query::config(deps.as_ref()).unwrap(), config);
}

#[test]
fn the_gateway_votes_as_a_member() {
    let mut deps = setup();
    submit(&mut deps, "alice", report(1)).unwrap();
    submit(&mut deps, "carol", report(1)).unwrap();
    let res = submit(&mut deps, "gateway", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
    assert_eq!(attr(&res, "voter"), addr("gateway").as_str());
}
