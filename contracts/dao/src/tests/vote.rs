use cw3::{Status, Vote};
use faro_types::dao::ExecuteMsg;

use super::{
    addr, at, propose, run_paid, setup, stake, staked_setup, status, unstake, vote, START,
    VOTING_PERIOD,
};
use crate::error::ContractError;
use crate::query;

/// Blocks of five seconds until a proposal made at `START + 1` has expired.
const EXPIRED: u64 = START + 1 + VOTING_PERIOD / 5;

#[test]
fn votes_count_the_power_at_the_start_and_pass_the_proposal() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    let res = vote(&mut deps, START + 2, "carol", id, Vote::Yes).unwrap();
    assert_eq!(res.attributes[4].value, "Open");
    // 30 + 20 + 10 of 100: no remaining weight can stop 60% yes.
    let res = vote(&mut deps, START + 3, "dave", id, Vote::Yes).unwrap();
    assert_eq!(res.attributes[4].value, "Passed");
    let votes = query::list_votes(deps.as_ref(), id, None, None).unwrap();
    let weights: u64 = votes.votes.iter().map(|vote| vote.weight).sum();
    assert_eq!(weights, 60);
}

#[test]
fn a_voter_votes_once() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    vote(&mut deps, START + 2, "carol", id, Vote::No).unwrap();
    for voter in ["carol", "bob"] {
        let err = vote(&mut deps, START + 3, voter, id, Vote::Yes).unwrap_err();
        assert_eq!(
            err,
            ContractError::AlreadyVoted {
                proposal_id: id,
                voter: addr(voter).to_string()
            }
        );
    }
    assert_eq!(status(&deps, START + 3, id), Status::Open);
    let carol = query::vote(deps.as_ref(), id, addr("carol").to_string()).unwrap();
    assert_eq!(carol.vote.unwrap().vote, Vote::No);
}

#[test]
fn no_vote_after_expiry() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    let err = vote(&mut deps, EXPIRED, "alice", id, Vote::Yes).unwrap_err();
    assert_eq!(err, ContractError::Expired { proposal_id: id });
    vote(&mut deps, EXPIRED - 1, "alice", id, Vote::Yes).unwrap();
}

#[test]
fn no_vote_on_an_unknown_or_executed_proposal() {
    let mut deps = staked_setup();
    let err = vote(&mut deps, START + 2, "alice", 7, Vote::Yes).unwrap_err();
    assert_eq!(err, ContractError::ProposalNotFound { proposal_id: 7 });
    let id = propose(&mut deps, START + 1, "alice").unwrap();
    vote(&mut deps, START + 2, "bob", id, Vote::Yes).unwrap();
    super::run(
        &mut deps,
        at(START + 3),
        "anyone",
        faro_types::dao::ExecuteMsg::Execute { proposal_id: id },
    )
    .unwrap();
    let err = vote(&mut deps, START + 4, "carol", id, Vote::Yes).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotOpen {
            proposal_id: id,
            status: Status::Executed
        }
    );
}

#[test]
fn stake_added_after_the_start_gives_no_vote() {
    let mut deps = staked_setup();
    stake(&mut deps, START + 1, "erin", 1_000).unwrap();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    stake(&mut deps, START + 2, "carol", 1_000).unwrap();
    let err = vote(&mut deps, START + 3, "erin", id, Vote::Yes).unwrap_err();
    assert_eq!(
        err,
        ContractError::NoVotingPower {
            address: addr("erin").to_string(),
            height: START + 1
        }
    );
    vote(&mut deps, START + 3, "carol", id, Vote::Yes).unwrap();
    let carol = query::vote(deps.as_ref(), id, addr("carol").to_string()).unwrap();
    assert_eq!(carol.vote.unwrap().weight, 20);
    assert_eq!(status(&deps, START + 3, id), Status::Open);
}

#[test]
fn unstaking_during_a_vote_keeps_the_ballots_and_the_power_at_the_start() {
    let mut deps = staked_setup();
    let first = propose(&mut deps, START + 1, "bob").unwrap();
    vote(&mut deps, START + 2, "alice", first, Vote::Yes).unwrap();
    unstake(&mut deps, START + 3, "alice", 40).unwrap();
    unstake(&mut deps, START + 3, "carol", 20).unwrap();
    // Cast before: kept. Cast after, by the power at the start: still 20.
    vote(&mut deps, START + 4, "carol", first, Vote::No).unwrap();
    let votes = query::list_votes(deps.as_ref(), first, None, None).unwrap();
    let alice = votes
        .votes
        .iter()
        .find(|v| v.voter == addr("alice").as_str());
    assert_eq!(alice.unwrap().weight, 40);
    assert_eq!(status(&deps, START + 4, first), Status::Passed);

    // A later proposal counts only what is still staked.
    let second = propose(&mut deps, START + 5, "bob").unwrap();
    let proposal = query::proposal(deps.as_ref(), at(START + 5), second).unwrap();
    assert_eq!(total_weight(proposal.threshold), 40);
    let err = vote(&mut deps, START + 6, "alice", second, Vote::Yes).unwrap_err();
    assert!(
        matches!(err, ContractError::NoVotingPower { .. }),
        "{err:?}"
    );
}

fn total_weight(threshold: cw_utils::ThresholdResponse) -> u64 {
    match threshold {
        cw_utils::ThresholdResponse::ThresholdQuorum { total_weight, .. } => total_weight,
        other => panic!("{other:?}"),
    }
}

#[test]
fn unanimous_yes_below_the_quorum_is_rejected_after_expiry() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "carol").unwrap();
    vote(&mut deps, START + 2, "dave", id, Vote::Yes).unwrap();
    // 30 yes of 30 cast, but 30 of 100 voted: below the 33% quorum.
    assert_eq!(status(&deps, EXPIRED - 1, id), Status::Open);
    assert_eq!(status(&deps, EXPIRED, id), Status::Rejected);
}

#[test]
fn a_yes_majority_passes_at_exactly_the_quorum_and_not_one_vote_below() {
    for (no, expected) in [(13, Status::Passed), (12, Status::Rejected)] {
        let mut deps = setup();
        for (name, amount) in [("alice", 20), ("bob", no), ("carol", 80 - no)] {
            stake(&mut deps, START, name, amount).unwrap();
        }
        let id = propose(&mut deps, START + 1, "alice").unwrap();
        vote(&mut deps, START + 2, "bob", id, Vote::No).unwrap();
        // 20 yes and `no` no of 100: a turnout of 33 meets the 33% quorum, 32 does not.
        assert_eq!(status(&deps, EXPIRED - 1, id), Status::Open, "{no}");
        assert_eq!(status(&deps, EXPIRED, id), expected, "{no}");
    }
}

#[test]
fn refuses_funds_on_a_vote() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    let msg = ExecuteMsg::Vote {
        proposal_id: id,
        vote: Vote::Yes,
    };
    let err = run_paid(&mut deps, at(START + 2), "alice", msg).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    let ballot = query::vote(deps.as_ref(), id, addr("alice").to_string()).unwrap();
    assert_eq!(ballot.vote, None);
    assert_eq!(status(&deps, START + 2, id), Status::Open);
    vote(&mut deps, START + 2, "alice", id, Vote::Yes).unwrap();
}
