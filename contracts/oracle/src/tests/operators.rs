use cosmwasm_std::from_json;
use faro_types::oracle::{Delivery, Outstanding};

use super::*;
use crate::query;

/// The deliveries among a response's messages, by recipient key.
fn deliveries(res: &Response) -> Vec<Delivery> {
    res.messages
        .iter()
        .filter_map(|m| from_json::<Outstanding>(&m.payload).ok())
        .map(|outstanding| outstanding.delivery)
        .collect()
}

fn with_statuses(deps: &mut Deps, statuses: [OperatorStatus; 2]) {
    let operators = OPERATORS
        .iter()
        .zip(statuses)
        .map(|(valoper, status)| operator(valoper, status))
        .chain([operator("valoper3", OperatorStatus::Pending)])
        .collect();
    answer_registry(deps, operators, Uint128::new(1_000_000));
}

#[test]
fn operators_of_every_status_with_a_light_lst_are_rewarded_and_penalised() {
    let mut deps = setup();
    with_statuses(&mut deps, [OperatorStatus::Jailed, OperatorStatus::Exiting]);
    let mut report = report(1);
    report.operators.push(OperatorReport {
        valoper: "valoper3".to_string(),
        light_rewards: Uint128::new(7),
        penalty: Uint128::new(3),
        score: Decimal::zero(),
    });
    let res = finalise(&mut deps, report);
    assert_eq!(attr(&res, "status"), "applied");
    let paid = deliveries(&res);
    // The jailed operator's holders get their reward; the exiting operator's bond pays.
    assert!(paid.contains(&Delivery::LightReward {
        valoper: OPERATORS[0].to_string(),
        light_lst: light_lst(OPERATORS[0]),
        amount: Uint128::new(500),
    }));
    assert!(paid.contains(&Delivery::Penalty {
        valoper: OPERATORS[1].to_string(),
        light_lst: light_lst(OPERATORS[1]),
        amount: Uint128::new(100),
    }));
    // The pending one too.
    assert!(paid.contains(&Delivery::Penalty {
        valoper: "valoper3".to_string(),
        light_lst: light_lst("valoper3"),
        amount: Uint128::new(3),
    }));
}

#[test]
fn a_status_change_between_votes_does_not_block_the_epoch() {
    let mut deps = setup();
    submit(&mut deps, "alice", report(1)).unwrap();
    // valoper2 starts leaving before bob votes: still liable, still in the report.
    with_statuses(&mut deps, [OperatorStatus::Active, OperatorStatus::Exiting]);
    let res = submit(&mut deps, "bob", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
    assert!(deliveries(&res).contains(&Delivery::Penalty {
        valoper: OPERATORS[1].to_string(),
        light_lst: light_lst(OPERATORS[1]),
        amount: Uint128::new(100),
    }));
}

#[test]
fn an_operator_without_a_light_lst_is_refused_and_nothing_is_stored() {
    let mut deps = setup();
    let report = with_operator(report(1), "valoper-heavy");
    assert_eq!(
        submit(&mut deps, "alice", report).unwrap_err(),
        ContractError::UnknownOperator {
            valoper: "valoper-heavy".to_string()
        }
    );
    assert!(query::submissions(deps.as_ref(), 1, None, None)
        .unwrap()
        .submissions
        .is_empty());
    assert!(query::candidates(deps.as_ref(), 1, None, None)
        .unwrap()
        .candidates
        .is_empty());
}
