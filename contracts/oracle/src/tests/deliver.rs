use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, from_json, Reply, ReplyOn, SubMsg, SubMsgResult};
use faro_types::oracle::{Delivery, ExecuteMsg, Outstanding};

use super::*;
use crate::broadcast::BROADCAST_REPLY;
use crate::contract::reply;
use crate::deliver::DELIVERY_REPLY;
use crate::query;

fn fail(deps: &mut Deps, sub: &SubMsg) -> Response {
    let reply_msg = Reply {
        id: sub.id,
        payload: sub.payload.clone(),
        gas_used: 0,
        result: SubMsgResult::Err("insufficient funds".to_string()),
    };
    reply(deps.as_mut(), mock_env(), reply_msg).unwrap()
}

fn delivery_of(sub: &SubMsg) -> Outstanding {
    from_json(&sub.payload).unwrap()
}

fn outstanding(deps: &Deps) -> Vec<Outstanding> {
    query::outstanding(deps.as_ref(), None, None)
        .unwrap()
        .outstanding
}

#[test]
fn every_delivery_replies_only_on_error() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    let (rate, deliveries) = res.messages.split_last().unwrap();
    assert_eq!(rate.id, BROADCAST_REPLY);
    assert!(deliveries
        .iter()
        .all(|m| m.reply_on == ReplyOn::Error && m.id == DELIVERY_REPLY));
    let kinds: Vec<String> = deliveries
        .iter()
        .map(|m| delivery_of(m).delivery.key())
        .collect();
    assert_eq!(
        kinds,
        ["reward:valoper1", "penalty:valoper2", "heavy", "scores"]
    );
    assert!(outstanding(&deps).is_empty());
}

#[test]
fn a_failed_recipient_is_retried_alone_and_once() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    let failed = &res.messages[0];
    let res = fail(&mut deps, failed);
    assert_eq!(attr(&res, "recipient"), "reward:valoper1");
    assert_eq!(
        outstanding(&deps),
        vec![Outstanding {
            epoch: 1,
            delivery: Delivery::LightReward {
                valoper: OPERATORS[0].to_string(),
                light_lst: light_lst(OPERATORS[0]),
                amount: Uint128::new(500),
            }
        }]
    );

    let res = exec(&mut deps, "anyone", ExecuteMsg::Retry {}).unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(res.messages[0].msg, failed.msg);
    assert_eq!(res.messages[0].payload, failed.payload);
    // Sent: no longer outstanding, so a second retry sends nothing.
    assert!(outstanding(&deps).is_empty());
    let res = exec(&mut deps, "anyone", ExecuteMsg::Retry {}).unwrap();
    assert!(res.messages.is_empty());
}

#[test]
fn the_next_finalisation_retries_what_failed() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    fail(&mut deps, &res.messages[2]);
    let res = finalise(&mut deps, report(2));
    // The failed one, epoch 2's four and the rate.
    assert_eq!(res.messages.len(), 6);
    let first = delivery_of(&res.messages[0]);
    assert_eq!(first.epoch, 1);
    assert_eq!(first.delivery.key(), "heavy");
    assert!(outstanding(&deps).is_empty());
}

#[test]
fn a_successful_reply_changes_nothing_and_unknown_ids_fail() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    #[allow(deprecated)]
    let ok = Reply {
        id: DELIVERY_REPLY,
        payload: res.messages[0].payload.clone(),
        gas_used: 0,
        result: SubMsgResult::Ok(cosmwasm_std::SubMsgResponse {
            events: vec![],
            data: None,
            msg_responses: vec![],
        }),
    };
    reply(deps.as_mut(), mock_env(), ok).unwrap();
    assert!(outstanding(&deps).is_empty());
    let unknown = Reply {
        id: 9,
        payload: Default::default(),
        gas_used: 0,
        result: SubMsgResult::Err("x".to_string()),
    };
    assert_eq!(
        reply(deps.as_mut(), mock_env(), unknown).unwrap_err(),
        ContractError::UnknownReply { id: 9 }
    );
}

#[test]
fn retry_and_broadcast_take_no_funds() {
    let mut deps = setup();
    for msg in [ExecuteMsg::Retry {}, ExecuteMsg::BroadcastRate {}] {
        let info = message_info(&addr("anyone"), &coins(1, DENOM));
        let err = execute(deps.as_mut(), mock_env(), info, msg).unwrap_err();
        assert!(matches!(err, ContractError::Payment(_)));
    }
}
