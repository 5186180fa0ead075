use cosmwasm_std::Uint128;
use cw3::{ProposalResponse, Status, Vote, VoteResponse};
use cw_utils::ThresholdResponse;
use faro_types::dao::{ClaimsResponse, ExecuteMsg, QueryMsg};

use super::{assert_refused, Chain, UNSTAKING_PERIOD};
use crate::error::ContractError;

#[test]
fn fro_staked_after_the_start_gives_no_vote() {
    let mut chain = Chain::staked_for_votes();
    // In the proposal's own block, then later: neither counts.
    chain.stake("erin", 500).unwrap();
    let id = chain
        .propose("alice", vec![chain.grant("erin", 1)])
        .unwrap();
    chain.advance(1);
    chain.stake("erin", 500).unwrap();
    chain.advance(1);
    let address = chain.addr("erin").to_string();
    assert_refused(
        chain.vote("erin", id, Vote::Yes),
        ContractError::NoVotingPower {
            address,
            height: chain.app.block_info().height - 2,
        },
    );
    assert_eq!(chain.staked("erin").staked, Uint128::new(1_000));
    // A proposal made now counts erin's 1000 of 2000.
    let next = chain.propose("erin", vec![]).unwrap();
    let proposal: ProposalResponse = chain
        .app
        .wrap()
        .query_wasm_smart(&chain.dao, &QueryMsg::Proposal { proposal_id: next })
        .unwrap();
    assert!(matches!(
        proposal.threshold,
        ThresholdResponse::ThresholdQuorum {
            total_weight: 2_000,
            ..
        }
    ));
    for voter in ["alice", "bob", "carol"] {
        chain.vote(voter, next, Vote::No).unwrap();
    }
    assert_eq!(chain.status(next), Status::Open);
    chain.vote("dave", next, Vote::No).unwrap();
    assert_eq!(chain.status(next), Status::Rejected);
}

#[test]
fn unstaking_during_a_vote_keeps_the_cast_ballot() {
    let mut chain = Chain::staked_for_votes();
    let id = chain.propose("bob", vec![chain.grant("bob", 7)]).unwrap();
    chain.vote("carol", id, Vote::Yes).unwrap();
    chain.advance(1);
    chain.unstake("carol", 200).unwrap();
    chain.unstake("alice", 400).unwrap();
    chain.advance(1);
    let ballot: VoteResponse = chain
        .app
        .wrap()
        .query_wasm_smart(
            &chain.dao,
            &QueryMsg::Vote {
                proposal_id: id,
                voter: chain.addr("carol").to_string(),
            },
        )
        .unwrap();
    assert_eq!(ballot.vote.unwrap().weight, 200);
    // Alice still votes on this proposal with what she held at its start.
    chain.vote("alice", id, Vote::Yes).unwrap();
    assert_eq!(chain.status(id), Status::Passed);
    chain.run(id).unwrap();
    assert_eq!(chain.native("bob"), 7);

    // Her power on later proposals is gone.
    let later = chain.propose("bob", vec![]).unwrap();
    let address = chain.addr("alice").to_string();
    let height = chain.app.block_info().height;
    assert_refused(
        chain.vote("alice", later, Vote::Yes),
        ContractError::NoVotingPower { address, height },
    );
    let address = chain.addr("carol").to_string();
    assert_refused(
        chain.propose("carol", vec![]),
        ContractError::NoVotingPower { address, height },
    );
}

#[test]
fn claims_pay_after_the_unstaking_period() {
    let mut chain = Chain::staked_for_votes();
    chain.unstake("alice", 150).unwrap();
    assert_eq!(chain.staked("alice").staked, Uint128::new(250));
    let alice = chain.addr("alice");
    assert_eq!(chain.fro_of(&alice), 0);
    assert_refused(
        chain.execute("alice", &ExecuteMsg::Claim {}),
        ContractError::NothingToClaim,
    );
    chain.advance(UNSTAKING_PERIOD / 5 - 1);
    assert_refused(
        chain.execute("alice", &ExecuteMsg::Claim {}),
        ContractError::NothingToClaim,
    );
    chain.advance(1);
    chain.execute("alice", &ExecuteMsg::Claim {}).unwrap();
    assert_eq!(chain.fro_of(&alice), 150);
    let claims: ClaimsResponse = chain
        .app
        .wrap()
        .query_wasm_smart(
            &chain.dao,
            &QueryMsg::Claims {
                address: alice.to_string(),
            },
        )
        .unwrap();
    assert!(claims.claims.is_empty());
    assert_refused(
        chain.execute("alice", &ExecuteMsg::Claim {}),
        ContractError::NothingToClaim,
    );
    assert_eq!(chain.fro_of(&chain.dao.clone()), 850);
}

#[test]
fn only_fro_stakes() {
    let mut chain = Chain::staked_for_votes();
    let hook = ExecuteMsg::Receive(cw20::Cw20ReceiveMsg {
        sender: chain.addr("mallory").to_string(),
        amount: Uint128::new(1_000_000),
        msg: cosmwasm_std::to_json_binary(&faro_types::dao::ReceiveMsg::Stake {}).unwrap(),
    });
    let sender = chain.addr("mallory").to_string();
    let gov_token = chain.fro.to_string();
    assert_refused(
        chain.execute("mallory", &hook),
        ContractError::NotGovToken { sender, gov_token },
    );
}
