use cosmwasm_std::{Decimal, Order};
use cw3::Vote;
use cw_utils::ThresholdResponse;

use super::{addr, at, propose, staked_setup, vote, START};
use crate::query;

#[test]
fn the_threshold_counts_the_current_stake() {
    let deps = staked_setup();
    assert_eq!(
        query::threshold(deps.as_ref()).unwrap(),
        ThresholdResponse::ThresholdQuorum {
            threshold: Decimal::percent(51),
            quorum: Decimal::percent(33),
            total_weight: 100,
        }
    );
}

#[test]
fn proposals_page_both_ways() {
    let mut deps = staked_setup();
    for _ in 0..5 {
        propose(&mut deps, START + 1, "alice").unwrap();
    }
    let env = at(START + 2);
    let ids = |res: cw3::ProposalListResponse| -> Vec<u64> {
        res.proposals.iter().map(|p| p.id).collect()
    };
    let page =
        query::proposals(deps.as_ref(), env.clone(), None, Order::Ascending, Some(2)).unwrap();
    assert_eq!(ids(page), vec![1, 2]);
    let page =
        query::proposals(deps.as_ref(), env.clone(), Some(2), Order::Ascending, None).unwrap();
    assert_eq!(ids(page), vec![3, 4, 5]);
    let page =
        query::proposals(deps.as_ref(), env.clone(), None, Order::Descending, Some(2)).unwrap();
    assert_eq!(ids(page), vec![5, 4]);
    let page = query::proposals(deps.as_ref(), env, Some(4), Order::Descending, Some(200)).unwrap();
    assert_eq!(ids(page), vec![3, 2, 1]);
}

#[test]
fn votes_and_voters_page_by_address() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "alice").unwrap();
    for voter in ["bob", "carol", "dave"] {
        vote(&mut deps, START + 2, voter, id, Vote::Abstain).unwrap();
    }
    let all = query::list_votes(deps.as_ref(), id, None, None)
        .unwrap()
        .votes;
    assert_eq!(all.len(), 4);
    let mut sorted: Vec<_> = all.iter().map(|v| v.voter.clone()).collect();
    sorted.sort();
    assert_eq!(
        sorted,
        all.iter().map(|v| v.voter.clone()).collect::<Vec<_>>()
    );
    let first = query::list_votes(deps.as_ref(), id, None, Some(1))
        .unwrap()
        .votes;
    let rest = query::list_votes(deps.as_ref(), id, Some(first[0].voter.clone()), None)
        .unwrap()
        .votes;
    assert_eq!(rest, all[1..]);

    let voters = query::list_voters(deps.as_ref(), None, Some(3))
        .unwrap()
        .voters;
    assert_eq!(voters.len(), 3);
    let after = query::list_voters(deps.as_ref(), Some(voters[2].addr.clone()), None)
        .unwrap()
        .voters;
    assert_eq!(after.len(), 1);
    let total: u64 = voters.iter().chain(&after).map(|v| v.weight).sum();
    assert_eq!(total, 100);
    let alice = query::voter(deps.as_ref(), addr("alice").to_string()).unwrap();
    assert_eq!(alice.weight, Some(40));
    let nobody = query::voter(deps.as_ref(), addr("erin").to_string()).unwrap();
    assert_eq!(nobody.weight, None);
}

#[test]
fn a_vote_query_needs_the_proposal() {
    let mut deps = staked_setup();
    assert!(query::vote(deps.as_ref(), 1, addr("alice").to_string()).is_err());
    let id = propose(&mut deps, START + 1, "alice").unwrap();
    let none = query::vote(deps.as_ref(), id, addr("bob").to_string()).unwrap();
    assert_eq!(none.vote, None);
    assert!(query::proposal(deps.as_ref(), at(START + 1), 2).is_err());
    assert!(query::voter(deps.as_ref(), "Not An Address".to_string()).is_err());
}
