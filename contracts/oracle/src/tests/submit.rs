use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, CosmosMsg, Uint128};
use faro_types::bounds::BoundError;
use faro_types::oracle::{ExecuteMsg, FinalStatus, OperatorReport, Progress};

use super::*;
use crate::query;

#[test]
fn a_member_below_the_threshold_cannot_finalise_alone() {
    let mut deps = setup();
    let res = submit(&mut deps, "alice", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "open");
    assert_eq!(attr(&res, "weight"), "2");
    assert!(res.messages.is_empty());
    assert_eq!(query::final_report(deps.as_ref(), 1).unwrap(), None);
    // carol (1) joins: 3 < 4, still open.
    let res = submit(&mut deps, "carol", report(1)).unwrap();
    assert_eq!((attr(&res, "status"), attr(&res, "weight")), ("open", "3"));
}

#[test]
fn two_members_agreeing_finalise_and_apply() {
    let mut deps = setup();
    let res = finalise(&mut deps, report(1));
    assert_eq!(
        (attr(&res, "status"), attr(&res, "weight")),
        ("applied", "4")
    );
    // valoper1's reward, valoper2's penalty, the hub's rewards and the scores; no rate,
    // since the index moves only when the hub settles.
    assert_eq!(res.messages.len(), 4);
    let final_report = query::final_report(deps.as_ref(), 1).unwrap().unwrap();
    assert_eq!(final_report.status, FinalStatus::Applied);
    assert_eq!(
        query::progress(deps.as_ref()).unwrap(),
        Progress {
            last_final: Some(1),
            last_applied: Some(1)
        }
    );
    let hub_payment = res.messages.iter().find_map(|m| match &m.msg {
        CosmosMsg::Bank(cosmwasm_std::BankMsg::Send { to_address, amount }) => {
            Some((to_address.clone(), amount.clone()))
        }
        _ => None,
    });
    assert_eq!(
        hub_payment,
        Some((addr("hub").to_string(), coins(1_000, DENOM)))
    );
}

#[test]
fn the_order_of_operators_does_not_change_the_content() {
    let mut deps = setup();
    let mut reversed = report(1);
    reversed.operators.reverse();
    submit(&mut deps, "alice", report(1)).unwrap();
    let res = submit(&mut deps, "bob", reversed).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
}

#[test]
fn differing_reports_are_kept_apart_and_visible() {
    let mut deps = setup();
    let mut other = report(1);
    other.heavy_rewards = Uint128::new(999);
    submit(&mut deps, "alice", report(1)).unwrap();
    let res = submit(&mut deps, "bob", other).unwrap();
    assert_eq!((attr(&res, "status"), attr(&res, "weight")), ("open", "2"));

    let candidates = query::candidates(deps.as_ref(), 1, None, None)
        .unwrap()
        .candidates;
    assert_eq!(candidates.len(), 2);
    assert!(candidates.iter().all(|c| c.weight == 2));
    let submissions = query::submissions(deps.as_ref(), 1, None, None)
        .unwrap()
        .submissions;
    assert_eq!(submissions.len(), 2);
    assert_ne!(submissions[0].hash, submissions[1].hash);
    // carol sides with alice: 3, not yet final.
    let res = submit(&mut deps, "carol", report(1)).unwrap();
    assert_eq!((attr(&res, "status"), attr(&res, "weight")), ("open", "3"));
}

#[test]
fn a_member_submits_once_per_epoch() {
    let mut deps = setup();
    submit(&mut deps, "alice", report(1)).unwrap();
    let mut changed = report(1);
    changed.heavy_rewards = Uint128::new(5);
    for again in [report(1), changed] {
        assert_eq!(
            submit(&mut deps, "alice", again).unwrap_err(),
            ContractError::AlreadySubmitted {
                epoch: 1,
                voter: addr("alice").to_string()
            }
        );
    }
}

#[test]
fn final_epochs_and_earlier_ones_are_refused() {
    let mut deps = setup();
    finalise(&mut deps, report(5));
    // A replay of the final report, by a member who had not voted yet.
    assert_eq!(
        submit(&mut deps, "carol", report(5)).unwrap_err(),
        ContractError::EpochNotNewer {
            epoch: 5,
            last_final: 5
        }
    );
    assert_eq!(
        submit(&mut deps, "alice", report(4)).unwrap_err(),
        ContractError::EpochNotNewer {
            epoch: 4,
            last_final: 5
        }
    );
    let err = submit(&mut deps, "alice", report(0)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero { field: "epoch" })
    );
    submit(&mut deps, "alice", report(6)).unwrap();
}

#[test]
fn stale_and_future_reports_are_refused() {
    let mut deps = setup();
    let mut stale = report(1);
    stale.epoch_end = mock_env().block.time.minus_seconds(3601);
    assert!(matches!(
        submit(&mut deps, "alice", stale).unwrap_err(),
        ContractError::StaleReport { epoch: 1, .. }
    ));
    let mut at_limit = report(1);
    at_limit.epoch_end = mock_env().block.time.minus_seconds(3600);
    submit(&mut deps, "alice", at_limit).unwrap();

    let mut future = report(2);
    future.epoch_end = mock_env().block.time.plus_seconds(1);
    assert!(matches!(
        submit(&mut deps, "alice", future).unwrap_err(),
        ContractError::EpochNotEnded { epoch: 2, .. }
    ));
}

#[test]
fn malformed_reports_are_refused() {
    let mut deps = setup();
    let mut twice = report(1);
    twice.operators.push(twice.operators[0].clone());
    assert_eq!(
        submit(&mut deps, "alice", twice).unwrap_err(),
        ContractError::DuplicateOperator {
            valoper: OPERATORS[0].to_string()
        }
    );
    let unknown = with_operator(report(1), "valoper9");
    assert_eq!(
        submit(&mut deps, "alice", unknown).unwrap_err(),
        ContractError::UnknownOperator {
            valoper: "valoper9".to_string()
        }
    );
    let mut overscored = report(1);
    overscored.operators[0].score = cosmwasm_std::Decimal::percent(101);
    assert!(matches!(
        submit(&mut deps, "alice", overscored).unwrap_err(),
        ContractError::Bound(BoundError::AboveMax { field: "score", .. })
    ));
    let mut crowded = report(1);
    crowded.operators = (0..101)
        .map(|i| OperatorReport {
            valoper: format!("valoper{i:03}"),
            ..crowded.operators[0].clone()
        })
        .collect();
    assert!(matches!(
        submit(&mut deps, "alice", crowded).unwrap_err(),
        ContractError::Bound(BoundError::AboveMax {
            field: "operators",
            ..
        })
    ));
    assert!(query::submissions(deps.as_ref(), 1, None, None)
        .unwrap()
        .submissions
        .is_empty());
}

#[test]
fn only_members_submit_and_without_funds() {
    let mut deps = setup();
    assert_eq!(
        submit(&mut deps, "mallory", report(1)).unwrap_err(),
        ContractError::NotMember {
            sender: addr("mallory").to_string()
        }
    );
    let info = message_info(&addr("alice"), &coins(1, DENOM));
    let msg = ExecuteMsg::Submit { report: report(1) };
    let err = execute(deps.as_mut(), mock_env(), info, msg).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
}
