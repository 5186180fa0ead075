//! The DAO's cw3 messages serialise exactly as the cw3 crate's own, so cw3 tooling
//! drives it unchanged.

use cosmwasm_schema::serde::Serialize;
use cosmwasm_std::{from_json, to_json_string, Empty};
use cw3::{Cw3ExecuteMsg, Cw3QueryMsg, Vote};
use cw_utils::Expiration;
use faro_types::dao::{ExecuteMsg, QueryMsg};

use super::{addr, pay};

fn same_json(ours: &impl Serialize, cw3: &impl Serialize) {
    assert_eq!(to_json_string(ours).unwrap(), to_json_string(cw3).unwrap());
}

#[test]
fn execute_messages_match_cw3() {
    let latest = Some(Expiration::AtTime(cosmwasm_std::Timestamp::from_seconds(9)));
    same_json(
        &ExecuteMsg::Propose {
            title: "t".to_string(),
            description: "d".to_string(),
            msgs: vec![pay("auditor", 3)],
            earliest: None,
            latest,
        },
        &Cw3ExecuteMsg::<Empty>::Propose {
            title: "t".to_string(),
            description: "d".to_string(),
            msgs: vec![pay("auditor", 3)],
            earliest: None,
            latest,
        },
    );
    same_json(
        &ExecuteMsg::Vote {
            proposal_id: 3,
            vote: Vote::Veto,
        },
        &Cw3ExecuteMsg::<Empty>::Vote {
            proposal_id: 3,
            vote: Vote::Veto,
        },
    );
    same_json(
        &ExecuteMsg::Execute { proposal_id: 4 },
        &Cw3ExecuteMsg::<Empty>::Execute { proposal_id: 4 },
    );
    same_json(
        &ExecuteMsg::Close { proposal_id: 5 },
        &Cw3ExecuteMsg::<Empty>::Close { proposal_id: 5 },
    );
}

#[test]
fn a_propose_without_earliest_is_read_too() {
    // cw3-flex-multisig's own `Propose` has no `earliest`.
    let msg: ExecuteMsg =
        from_json(br#"{"propose":{"title":"t","description":"d","msgs":[],"latest":null}}"#)
            .unwrap();
    assert!(matches!(msg, ExecuteMsg::Propose { earliest: None, .. }));
}

#[test]
fn query_messages_match_cw3() {
    let voter = addr("alice").to_string();
    let pairs = [
        (QueryMsg::Threshold {}, Cw3QueryMsg::Threshold {}),
        (
            QueryMsg::Proposal { proposal_id: 1 },
            Cw3QueryMsg::Proposal { proposal_id: 1 },
        ),
        (
            QueryMsg::ListProposals {
                start_after: Some(1),
                limit: Some(2),
            },
            Cw3QueryMsg::ListProposals {
                start_after: Some(1),
                limit: Some(2),
            },
        ),
        (
            QueryMsg::ReverseProposals {
                start_before: Some(1),
                limit: None,
            },
            Cw3QueryMsg::ReverseProposals {
                start_before: Some(1),
                limit: None,
            },
        ),
        (
            QueryMsg::Vote {
                proposal_id: 1,
                voter: voter.clone(),
            },
            Cw3QueryMsg::Vote {
                proposal_id: 1,
                voter: voter.clone(),
            },
        ),
        (
            QueryMsg::ListVotes {
                proposal_id: 1,
                start_after: Some(voter.clone()),
                limit: Some(3),
            },
            Cw3QueryMsg::ListVotes {
                proposal_id: 1,
                start_after: Some(voter.clone()),
                limit: Some(3),
            },
        ),
        (
            QueryMsg::Voter {
                address: voter.clone(),
            },
            Cw3QueryMsg::Voter {
                address: voter.clone(),
            },
        ),
        (
            QueryMsg::ListVoters {
                start_after: Some(voter.clone()),
                limit: None,
            },
            Cw3QueryMsg::ListVoters {
                start_after: Some(voter),
                limit: None,
            },
        ),
    ];
    for (ours, cw3) in pairs {
        same_json(&ours, &cw3);
        let back: QueryMsg = from_json(cosmwasm_std::to_json_vec(&cw3).unwrap()).unwrap();
        assert_eq!(back, ours);
    }
}
