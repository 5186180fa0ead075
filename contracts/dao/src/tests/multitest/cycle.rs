use cw3::{Status, Vote};
use faro_types::dao::ExecuteMsg;

use super::{assert_refused, Chain, TREASURY};
use crate::error::ContractError;

#[test]
fn stake_propose_vote_pass_execute_pays_from_the_treasury() {
    let mut chain = Chain::staked_for_votes();
    let grant = chain.grant("auditor", 250_000);
    let id = chain.propose("alice", vec![grant]).unwrap();
    assert_eq!(chain.status(id), Status::Open);
    chain.advance(1);
    chain.vote("bob", id, Vote::Yes).unwrap();
    assert_eq!(chain.status(id), Status::Passed);
    assert_eq!(chain.native("auditor"), 0);

    chain.run(id).unwrap();
    assert_eq!(chain.native("auditor"), 250_000);
    assert_eq!(chain.treasury(), TREASURY - 250_000);
    assert_eq!(chain.status(id), Status::Executed);
}

#[test]
fn double_vote_is_refused() {
    let mut chain = Chain::staked_for_votes();
    let id = chain.propose("alice", vec![]).unwrap();
    chain.vote("carol", id, Vote::No).unwrap();
    for name in ["carol", "alice"] {
        let voter = chain.addr(name).to_string();
        assert_refused(
            chain.vote(name, id, Vote::Yes),
            ContractError::AlreadyVoted {
                proposal_id: id,
                voter,
            },
        );
    }
}

#[test]
fn vote_after_expiry_is_refused() {
    let mut chain = Chain::staked_for_votes();
    let id = chain.propose("dave", vec![chain.grant("dave", 1)]).unwrap();
    chain.end_vote();
    assert_refused(
        chain.vote("alice", id, Vote::Yes),
        ContractError::Expired { proposal_id: id },
    );
    assert_eq!(chain.status(id), Status::Rejected);
}

#[test]
fn execute_before_pass_and_twice_are_refused() {
    let mut chain = Chain::staked_for_votes();
    let id = chain.propose("bob", vec![chain.grant("bob", 100)]).unwrap();
    assert_refused(
        chain.run(id),
        ContractError::NotPassed {
            proposal_id: id,
            status: Status::Open,
        },
    );
    chain.vote("carol", id, Vote::Yes).unwrap();
    chain.vote("dave", id, Vote::Yes).unwrap();
    assert_eq!(chain.status(id), Status::Passed);
    chain.run(id).unwrap();
    assert_refused(
        chain.run(id),
        ContractError::AlreadyExecuted { proposal_id: id },
    );
    assert_eq!(chain.native("bob"), 100);
}

#[test]
fn close_rejects_only_a_failed_expired_proposal() {
    let mut chain = Chain::staked_for_votes();
    let failed = chain.propose("dave", vec![chain.grant("dave", 1)]).unwrap();
    let passed = chain.pass(vec![chain.grant("alice", 1)]);
    let close = |id| ExecuteMsg::Close { proposal_id: id };
    assert_refused(
        chain.execute("anyone", &close(failed)),
        ContractError::NotExpired {
            proposal_id: failed,
        },
    );
    chain.end_vote();
    chain.execute("anyone", &close(failed)).unwrap();
    assert_eq!(chain.status(failed), Status::Rejected);
    assert_refused(
        chain.execute("anyone", &close(passed)),
        ContractError::CannotClose {
            proposal_id: passed,
            status: Status::Passed,
        },
    );
    assert_refused(
        chain.run(failed),
        ContractError::NotPassed {
            proposal_id: failed,
            status: Status::Rejected,
        },
    );
    chain.run(passed).unwrap();
}

#[test]
fn the_dao_changes_its_own_rules_by_proposal_only() {
    let mut chain = Chain::staked_for_votes();
    let update = faro_types::dao::ConfigUpdate {
        quorum: Some(cosmwasm_std::Decimal::percent(50)),
        ..Default::default()
    };
    let sender = chain.addr("multisig").to_string();
    assert_refused(
        chain.execute("multisig", &ExecuteMsg::UpdateConfig(update.clone())),
        ContractError::NotDao { sender },
    );
    let msg = cosmwasm_std::WasmMsg::Execute {
        contract_addr: chain.dao.to_string(),
        msg: cosmwasm_std::to_json_binary(&ExecuteMsg::UpdateConfig(update)).unwrap(),
        funds: vec![],
    };
    let id = chain.pass(vec![msg.into()]);
    chain.run(id).unwrap();
    let config: faro_types::dao::Config = chain
        .app
        .wrap()
        .query_wasm_smart(&chain.dao, &faro_types::dao::QueryMsg::Config {})
        .unwrap();
    assert_eq!(config.quorum, cosmwasm_std::Decimal::percent(50));
}
