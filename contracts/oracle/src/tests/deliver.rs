use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, from_json, Binary, ReplyOn, SubMsg, SubMsgResult};
use faro_types::oracle::{Delivery, ExecuteMsg, Outstanding, MAX_RETRIES};
use faro_types::testing::{chain_reply, sub_msg_response};

use super::*;
use crate::contract::reply;
use crate::deliver::DELIVERY_REPLY;
use crate::query;
use crate::state::OUTSTANDING;

fn fail(deps: &mut Deps, sub: &SubMsg) -> Response {
    let failed = SubMsgResult::Err("insufficient funds".to_string());
    let reply_msg = chain_reply(sub.id, sub.payload.clone(), failed);
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
    let deliveries = &res.messages;
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
    // The failed one and epoch 2's four.
    assert_eq!(res.messages.len(), 5);
    let first = delivery_of(&res.messages[0]);
    assert_eq!(first.epoch, 1);
    assert_eq!(first.delivery.key(), "heavy");
    assert!(outstanding(&deps).is_empty());
}

#[test]
fn a_successful_reply_changes_nothing_and_unknown_ids_fail() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    let paid = SubMsgResult::Ok(sub_msg_response(None, vec![]));
    let ok = chain_reply(DELIVERY_REPLY, res.messages[0].payload.clone(), paid);
    reply(deps.as_mut(), mock_env(), ok).unwrap();
    assert!(outstanding(&deps).is_empty());
    let unknown = chain_reply(9, Binary::default(), SubMsgResult::Err("x".to_string()));
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

/// An outstanding delivery of `epoch`, as a failure leaves it.
fn seed(deps: &mut Deps, epoch: u64) {
    let delivery = Delivery::HeavyRewards {
        amount: Uint128::from(epoch),
    };
    let key = delivery.key();
    OUTSTANDING
        .save(deps.as_mut().storage, (epoch, &key), &delivery)
        .unwrap();
}

fn retry_epochs(deps: &mut Deps) -> (Response, Vec<u64>) {
    let res = exec(deps, "anyone", ExecuteMsg::Retry {}).unwrap();
    let epochs = res.messages.iter().map(|m| delivery_of(m).epoch).collect();
    (res, epochs)
}

#[test]
fn deliveries_that_always_fail_do_not_block_a_newer_one() {
    let mut deps = setup();
    let stuck = MAX_RETRIES as u64 + 1;
    for epoch in 1..=stuck + 1 {
        seed(&mut deps, epoch);
    }
    let newer = stuck + 1;

    // The first retry sends the oldest; every one fails again.
    let (res, epochs) = retry_epochs(&mut deps);
    assert_eq!(epochs, (1..=MAX_RETRIES as u64).collect::<Vec<_>>());
    for sub in &res.messages {
        fail(&mut deps, sub);
    }
    // The next one resumes after them, so the newer one goes out, then wraps around.
    let (res, epochs) = retry_epochs(&mut deps);
    let expected: Vec<u64> = [stuck, newer]
        .into_iter()
        .chain(1..=MAX_RETRIES as u64 - 2)
        .collect();
    assert_eq!(epochs, expected);
    for sub in res
        .messages
        .iter()
        .filter(|m| delivery_of(m).epoch != newer)
    {
        fail(&mut deps, sub);
    }
    let left = query::outstanding(deps.as_ref(), None, Some(100))
        .unwrap()
        .outstanding;
    assert!(left.iter().all(|o| o.epoch != newer));
    assert_eq!(left.len(), stuck as usize);
    // And the one after resumes where that one stopped.
    let (_, epochs) = retry_epochs(&mut deps);
    assert_eq!(
        epochs[..3],
        [MAX_RETRIES as u64 - 1, MAX_RETRIES as u64, stuck]
    );
    assert_eq!(epochs.len(), MAX_RETRIES);
}

#[test]
fn the_owner_drops_an_outstanding_delivery() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    fail(&mut deps, &res.messages[2]);
    let drop = |epoch: u64, key: &str| ExecuteMsg::DropDelivery {
        epoch,
        key: key.to_string(),
    };
    assert!(matches!(
        exec(&mut deps, "alice", drop(1, "heavy")).unwrap_err(),
        ContractError::Ownership(_)
    ));
    let paid = message_info(&addr("dao"), &coins(1, DENOM));
    let err = execute(deps.as_mut(), mock_env(), paid, drop(1, "heavy")).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
    for (epoch, key) in [(1, "scores"), (2, "heavy")] {
        assert_eq!(
            exec(&mut deps, "dao", drop(epoch, key)).unwrap_err(),
            ContractError::NotOutstanding {
                epoch,
                key: key.to_string()
            }
        );
    }
    assert_eq!(outstanding(&deps).len(), 1);

    let res = exec(&mut deps, "dao", drop(1, "heavy")).unwrap();
    assert_eq!(
        (attr(&res, "action"), attr(&res, "recipient")),
        ("drop_delivery", "heavy")
    );
    assert!(res.messages.is_empty());
    assert!(outstanding(&deps).is_empty());
    assert_eq!(
        exec(&mut deps, "dao", drop(1, "heavy")).unwrap_err(),
        ContractError::NotOutstanding {
            epoch: 1,
            key: "heavy".to_string()
        }
    );
    let res = exec(&mut deps, "anyone", ExecuteMsg::Retry {}).unwrap();
    assert!(res.messages.is_empty());
}
