//! The rebasing oracle on the real contracts: members agree on an epoch's report, and its
//! finalisation pays light rewards to a light LST, takes a penalty from an operator's bond
//! through its light LST, sets light scores in the registry and pays the hub the rollup's
//! heavy rewards, which its next epoch counts; that settlement has the gateway broadcast
//! the new index with the settled epoch. A lone member cannot finalise, a differing
//! report stays visible, and a final epoch takes no more reports. A recipient that fails
//! waits alone for a retry and is paid once; an operator that leaves between two votes is
//! still penalised.

use cosmwasm_std::{coin, Decimal, Event, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::{account, DENOM};
use faro_testing::response::attribute;
use faro_testing::suite::validator_name;
use faro_testing::Suite;
use faro_types::operator_registry::OperatorStatus;
use faro_types::oracle::{
    self, CandidatesResponse, Delivery, FinalReport, MemberInput, OperatorReport, Outstanding,
    OutstandingResponse, Report,
};

const ATOM: u128 = 1_000_000;

/// Three operators with deposits and a heavy bond; the oracle has three members of weight
/// one (two agree to finalise) and holds the rollup's bridged rewards.
fn suite() -> Suite {
    suite_holding(10 * ATOM)
}

/// The same, the oracle holding `rewards`.
fn suite_holding(rewards: u128) -> Suite {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let (alice, carol) = (account("alice"), account("carol"));
    for holder in [&alice, &carol] {
        suite.fund(holder, 10_000 * ATOM).unwrap();
    }
    suite.bond(&carol, 3_000 * ATOM).unwrap();
    suite.light_deposit(&alice, 0, 1_000 * ATOM).unwrap();
    suite
        .fund(&account(&validator_name(1)), 1_000 * ATOM)
        .unwrap();
    suite.post_bond(1, 1_000 * ATOM).unwrap();
    let members = ["relayer", "member1", "member2"]
        .map(|name| MemberInput {
            addr: member(&suite, name).to_string(),
            weight: 1,
        })
        .to_vec();
    let set = oracle::ExecuteMsg::SetMembers {
        members,
        threshold: 2,
    };
    let (governance, oracle) = (
        suite.roles.governance.clone(),
        suite.contracts.oracle.clone(),
    );
    suite
        .app
        .execute_contract(governance, oracle.clone(), &set, &[])
        .unwrap();
    suite.fund(&oracle, rewards).unwrap();
    suite
}

fn member(suite: &Suite, name: &str) -> cosmwasm_std::Addr {
    match name {
        "relayer" => suite.roles.relayer.clone(),
        name => account(name),
    }
}

/// Epoch 1, ended a minute ago: 1 ATOM for the hub, 0.5 ATOM for operator 0's light LST,
/// a 100 ATOM penalty and half marks for operator 1.
fn report(suite: &Suite, light_rewards: u128) -> Report {
    Report {
        epoch: 1,
        epoch_end: suite.app.block_info().time.minus_seconds(60),
        heavy_rewards: Uint128::new(ATOM),
        operators: vec![
            OperatorReport {
                valoper: suite.operators[0].clone(),
                light_rewards: Uint128::new(light_rewards),
                penalty: Uint128::zero(),
                score: Decimal::one(),
            },
            OperatorReport {
                valoper: suite.operators[1].clone(),
                light_rewards: Uint128::zero(),
                penalty: Uint128::new(100 * ATOM),
                score: Decimal::percent(50),
            },
        ],
    }
}

fn submit(suite: &mut Suite, name: &str, report: &Report) -> anyhow::Result<AppResponse> {
    let sender = member(suite, name);
    let msg = oracle::ExecuteMsg::Submit {
        report: report.clone(),
    };
    let oracle = suite.contracts.oracle.clone();
    suite.app.execute_contract(sender, oracle, &msg, &[])
}

#[test]
fn an_agreed_report_pays_light_and_heavy_rewards_and_takes_the_penalty_from_the_bond() {
    let mut suite = suite();
    let report = report(&suite, ATOM / 2);
    let hub = suite.contracts.hub.clone();
    let treasury = suite.contracts.dao.clone();
    let (hub_before, treasury_before) = (
        suite.native_balance(&hub).unwrap(),
        suite.native_balance(&treasury).unwrap(),
    );

    // One member of three is below the threshold of two: nothing moves.
    submit(&mut suite, "relayer", &report).unwrap();
    let msg = oracle::QueryMsg::Final { epoch: 1 };
    let last: Option<FinalReport> = suite.query(&suite.contracts.oracle, &msg).unwrap();
    assert!(last.is_none());
    assert!(suite.light_state(0).unwrap().rewards_received.is_zero());

    // A second member agrees: final and applied, each recipient paid once.
    submit(&mut suite, "member1", &report).unwrap();
    let last: Option<FinalReport> = suite.query(&suite.contracts.oracle, &msg).unwrap();
    assert!(last.is_some());
    assert_eq!(
        suite.light_state(0).unwrap().rewards_received,
        Uint128::new(ATOM / 2)
    );
    let operator = suite.operator(1).unwrap().unwrap();
    assert_eq!(operator.bond.u128(), 900 * ATOM);
    assert_eq!(operator.light_score, Decimal::percent(50));
    assert_eq!(
        suite.native_balance(&treasury).unwrap(),
        treasury_before + 100 * ATOM
    );
    assert_eq!(suite.native_balance(&hub).unwrap(), hub_before + ATOM);
    // The holders of operator 1's light LST paid nothing.
    assert!(suite.light_state(1).unwrap().total_units.is_zero());

    // The hub counts the rollup's rewards with the staking rewards at its next epoch.
    let epoch = suite.next_epoch(&account("keeper")).unwrap();
    let rewards: u128 = attribute(&epoch, "rewards").unwrap().parse().unwrap();
    assert!(
        rewards > ATOM,
        "the epoch's rewards {rewards} include the rollup's"
    );

    // The epoch is final: no report for it is taken again.
    assert!(submit(&mut suite, "member2", &report).is_err());
}

/// What the gateway's `BroadcastRate` in `res` sends: its epoch and index.
fn gateway_broadcast(suite: &Suite, res: &AppResponse) -> Option<(String, String)> {
    let gateway = suite.contracts.oracle_gateway.as_str();
    let value = |event: &Event, key: &str| {
        event
            .attributes
            .iter()
            .find(|attribute| attribute.key == key)
            .map(|attribute| attribute.value.clone())
    };
    res.events
        .iter()
        .filter(|event| event.ty == "wasm")
        .filter(|event| value(event, "_contract_address").as_deref() == Some(gateway))
        .find(|event| value(event, "action").as_deref() == Some("broadcast_rate"))
        .map(|event| {
            (
                value(event, "epoch").unwrap(),
                value(event, "index").unwrap(),
            )
        })
}

fn broadcast_rate(suite: &mut Suite) -> anyhow::Result<AppResponse> {
    let oracle = suite.contracts.oracle.clone();
    let msg = oracle::ExecuteMsg::BroadcastRate {};
    suite
        .app
        .execute_contract(account("keeper"), oracle, &msg, &[])
}

#[test]
fn the_hubs_settlement_broadcasts_the_index_that_counts_the_reported_rewards() {
    let mut suite = suite();
    // The hub has settled nothing yet: there is no rate to send.
    let err = broadcast_rate(&mut suite).unwrap_err();
    assert!(
        err.root_cause().to_string().contains("settled no epoch"),
        "{err}"
    );

    // The report applies and pays the hub, which moves no index: nothing is broadcast.
    let report = report(&suite, ATOM / 2);
    submit(&mut suite, "relayer", &report).unwrap();
    let res = submit(&mut suite, "member1", &report).unwrap();
    assert_eq!(gateway_broadcast(&suite, &res), None);
    let before = suite.hub_state().unwrap();

    // The hub settles its open epoch, the rollup's rewards included, and has the gateway
    // broadcast the new index with that epoch.
    let res = suite.next_epoch(&account("keeper")).unwrap();
    let after = suite.hub_state().unwrap();
    assert_eq!(after.books.epoch, before.books.epoch + 1);
    assert!(after.books.index > before.books.index, "{after:?}");
    let sent = (
        before.books.epoch.to_string(),
        after.books.index.to_string(),
    );
    assert_eq!(gateway_broadcast(&suite, &res), Some(sent.clone()));
    assert_eq!(attribute(&res, "error"), None);

    // Anyone repeats it, after a timeout or an error ack: the same rate.
    let res = broadcast_rate(&mut suite).unwrap();
    assert_eq!(gateway_broadcast(&suite, &res), Some(sent));
}

#[test]
fn a_differing_report_is_kept_apart_and_counts_for_nothing() {
    let mut suite = suite();
    let (half, whole) = (report(&suite, ATOM / 2), report(&suite, ATOM));
    submit(&mut suite, "relayer", &half).unwrap();
    submit(&mut suite, "member1", &whole).unwrap();
    let msg = oracle::QueryMsg::Candidates {
        epoch: 1,
        start_after: None,
        limit: None,
    };
    let candidates: CandidatesResponse = suite.query(&suite.contracts.oracle, &msg).unwrap();
    assert_eq!(candidates.candidates.len(), 2);
    assert!(suite.light_state(0).unwrap().rewards_received.is_zero());

    // A member cannot submit twice, nor can a stranger submit at all.
    assert!(submit(&mut suite, "relayer", &whole).is_err());
    assert!(submit(&mut suite, "mallory", &whole).is_err());
    let oracle = suite.contracts.oracle.clone();
    let paying = oracle::ExecuteMsg::Submit { report: whole };
    let member2 = member(&suite, "member2");
    suite.fund(&member2, 1).unwrap();
    assert!(suite
        .app
        .execute_contract(member2, oracle, &paying, &[coin(1, DENOM)])
        .is_err());
}

fn outstanding(suite: &Suite) -> Vec<Outstanding> {
    let msg = oracle::QueryMsg::Outstanding {
        start_after: None,
        limit: None,
    };
    let res: OutstandingResponse = suite.query(&suite.contracts.oracle, &msg).unwrap();
    res.outstanding
}

fn retry(suite: &mut Suite) -> AppResponse {
    let oracle = suite.contracts.oracle.clone();
    suite
        .app
        .execute_contract(
            account("keeper"),
            oracle,
            &oracle::ExecuteMsg::Retry {},
            &[],
        )
        .unwrap()
}

#[test]
fn a_recipient_that_fails_waits_alone_and_is_paid_once_on_retry() {
    // The oracle holds the light reward but not the heavy rewards as well.
    let mut suite = suite_holding(ATOM / 2);
    let report = report(&suite, ATOM / 2);
    let (hub, oracle) = (suite.contracts.hub.clone(), suite.contracts.oracle.clone());
    let treasury = suite.contracts.dao.clone();
    let (hub_before, treasury_before) = (
        suite.native_balance(&hub).unwrap(),
        suite.native_balance(&treasury).unwrap(),
    );

    submit(&mut suite, "relayer", &report).unwrap();
    submit(&mut suite, "member1", &report).unwrap();
    // The light reward and the penalty applied; the hub's payment failed and waits.
    assert_eq!(
        suite.light_state(0).unwrap().rewards_received,
        Uint128::new(ATOM / 2)
    );
    assert_eq!(suite.operator(1).unwrap().unwrap().bond.u128(), 900 * ATOM);
    assert_eq!(
        suite.native_balance(&treasury).unwrap(),
        treasury_before + 100 * ATOM
    );
    assert_eq!(suite.native_balance(&hub).unwrap(), hub_before);
    assert_eq!(
        outstanding(&suite),
        [Outstanding {
            epoch: 1,
            delivery: Delivery::HeavyRewards {
                amount: Uint128::new(ATOM)
            },
        }]
    );

    // Once the oracle holds the rewards, a retry pays the hub, once.
    suite.fund(&oracle, ATOM).unwrap();
    let res = retry(&mut suite);
    assert_eq!(attribute(&res, "sent"), Some("1"));
    assert_eq!(suite.native_balance(&hub).unwrap(), hub_before + ATOM);
    assert!(outstanding(&suite).is_empty());
    assert_eq!(suite.native_balance(&oracle).unwrap(), 0);

    let res = retry(&mut suite);
    assert_eq!(attribute(&res, "sent"), Some("0"));
    assert_eq!(suite.native_balance(&hub).unwrap(), hub_before + ATOM);
    assert_eq!(
        suite.light_state(0).unwrap().rewards_received,
        Uint128::new(ATOM / 2)
    );
}

#[test]
fn an_operator_leaving_between_two_votes_is_still_penalised() {
    let mut suite = suite();
    let report = report(&suite, ATOM / 2);
    let treasury = suite.contracts.dao.clone();
    let treasury_before = suite.native_balance(&treasury).unwrap();
    submit(&mut suite, "relayer", &report).unwrap();
    suite.exit_operator(1).unwrap();

    submit(&mut suite, "member1", &report).unwrap();
    let operator = suite.operator(1).unwrap().unwrap();
    assert_eq!(operator.status, OperatorStatus::Exiting);
    assert_eq!(operator.bond.u128(), 900 * ATOM);
    assert_eq!(
        suite.native_balance(&treasury).unwrap(),
        treasury_before + 100 * ATOM
    );
    assert_eq!(
        suite.light_state(0).unwrap().rewards_received,
        Uint128::new(ATOM / 2)
    );
}
