use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{from_json, CosmosMsg, Decimal256, Reply, ReplyOn, SubMsgResult, WasmMsg};
use faro_types::oracle::ExecuteMsg;
use faro_types::oracle_gateway::ExecuteMsg as GatewayMsg;

use super::*;
use crate::broadcast::BROADCAST_REPLY;
use crate::contract::reply;
use crate::query;

/// The `BroadcastRate` pushes among the messages, as the gateway reads them.
fn pushes(res: &Response) -> Vec<GatewayMsg> {
    res.messages
        .iter()
        .filter_map(|m| match &m.msg {
            CosmosMsg::Wasm(WasmMsg::Execute {
                contract_addr, msg, ..
            }) if *contract_addr == addr("gateway").as_str() => {
                assert_eq!(
                    (m.id, m.reply_on.clone()),
                    (BROADCAST_REPLY, ReplyOn::Error)
                );
                Some(from_json(msg).unwrap())
            }
            _ => None,
        })
        .collect()
}

fn rate(epoch: u64) -> GatewayMsg {
    GatewayMsg::BroadcastRate {
        index: Decimal256::percent(105),
        epoch,
        timestamp: mock_env().block.time,
    }
}

#[test]
fn an_applied_report_pushes_the_rate_to_the_gateway() {
    let mut deps = setup();
    let res = submit(&mut deps, "alice", report(1)).unwrap();
    assert!(pushes(&res).is_empty());
    let res = submit(&mut deps, "bob", report(1)).unwrap();
    assert_eq!(pushes(&res), [rate(1)]);
}

#[test]
fn the_gateway_votes_as_a_member() {
    let mut deps = setup();
    submit(&mut deps, "alice", report(1)).unwrap();
    submit(&mut deps, "carol", report(1)).unwrap();
    let res = submit(&mut deps, "gateway", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
    assert_eq!(attr(&res, "voter"), addr("gateway").as_str());
    assert_eq!(pushes(&res), [rate(1)]);
}

#[test]
fn a_held_report_pushes_nothing_until_approved() {
    let mut deps = setup();
    let mut big = report(1);
    big.heavy_rewards = Uint128::new(20_000);
    let res = finalise(&mut deps, big);
    assert!(pushes(&res).is_empty());
    let res = exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 1 }).unwrap();
    assert_eq!(pushes(&res), [rate(1)]);
}

#[test]
fn anyone_pushes_again_and_a_failed_push_is_only_noted() {
    let mut deps = setup();
    // Nothing applied yet: nothing to push.
    let res = exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap();
    assert!(res.messages.is_empty());
    finalise(&mut deps, report(1));
    let res = exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap();
    assert_eq!(pushes(&res), [rate(1)]);

    let failed = Reply {
        id: BROADCAST_REPLY,
        payload: Default::default(),
        gas_used: 0,
        result: SubMsgResult::Err("gateway broke".to_string()),
    };
    let res = reply(deps.as_mut(), mock_env(), failed).unwrap();
    assert_eq!(attr(&res, "action"), "broadcast_failed");
    assert!(res.messages.is_empty());
    assert_eq!(
        query::progress(deps.as_ref()).unwrap().last_applied,
        Some(1)
    );
}

#[test]
fn without_a_gateway_nothing_is_pushed() {
    let mut deps = setup();
    exec(&mut deps, "dao", ExecuteMsg::SetGateway { gateway: None }).unwrap();
    let res = finalise(&mut deps, report(1));
    assert!(pushes(&res).is_empty());
    assert_eq!(
        exec(&mut deps, "anyone", ExecuteMsg::BroadcastRate {}).unwrap_err(),
        ContractError::NoGateway
    );
}
