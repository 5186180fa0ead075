use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{
    to_json_binary, Binary, ContractResult, ReplyOn, SubMsgResult, SystemResult, Uint128,
};
use cw20::BalanceResponse;
use cw3::{Status, Vote};
use faro_types::dao::ExecuteMsg;
use faro_types::testing::{chain_reply, sub_msg_response};

use super::{
    addr, at, fro_call, fro_transfer, pay, propose, propose_msgs, run, run_paid, staked_setup,
    status, vote, Outcome, START, VOTING_PERIOD,
};
use crate::contract::reply;
use crate::error::ContractError;
use crate::stake_guard::STAKE_CHECK_REPLY;
use crate::state::PROPOSALS;

const EXPIRED: u64 = START + 1 + VOTING_PERIOD / 5;

fn execute(deps: &mut super::Deps, height: u64, id: u64) -> Outcome {
    by_anyone(deps, height, ExecuteMsg::Execute { proposal_id: id })
}

fn close(deps: &mut super::Deps, height: u64, id: u64) -> Outcome {
    by_anyone(deps, height, ExecuteMsg::Close { proposal_id: id })
}

fn by_anyone(deps: &mut super::Deps, height: u64, msg: ExecuteMsg) -> Outcome {
    run(deps, at(height), "anyone", msg)
}

#[test]
fn a_passed_proposal_runs_its_messages_once() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "alice").unwrap();
    vote(&mut deps, START + 2, "bob", id, Vote::Yes).unwrap();
    let res = execute(&mut deps, START + 3, id).unwrap();
    let msgs: Vec<_> = res.messages.iter().map(|sub| sub.msg.clone()).collect();
    assert_eq!(msgs, vec![pay("auditor", 1_000)]);
    assert_eq!(res.messages[0].reply_on, ReplyOn::Success);
    assert_eq!(res.messages[0].id, STAKE_CHECK_REPLY);
    assert_eq!(status(&deps, START + 3, id), Status::Executed);
    let err = execute(&mut deps, START + 4, id).unwrap_err();
    assert_eq!(err, ContractError::AlreadyExecuted { proposal_id: id });
}

#[test]
fn nothing_runs_before_the_proposal_passes() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "bob").unwrap();
    let err = execute(&mut deps, START + 2, id).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotPassed {
            proposal_id: id,
            status: Status::Open
        }
    );
    // Expired with 30 yes of 30 cast: below the 33% quorum.
    let err = execute(&mut deps, EXPIRED, id).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotPassed {
            proposal_id: id,
            status: Status::Rejected
        }
    );
    let err = execute(&mut deps, START + 2, 9).unwrap_err();
    assert_eq!(err, ContractError::ProposalNotFound { proposal_id: 9 });
}

#[test]
fn a_proposal_that_passed_in_time_runs_after_expiry() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 1, "carol").unwrap();
    vote(&mut deps, START + 2, "bob", id, Vote::Yes).unwrap();
    vote(&mut deps, START + 2, "alice", id, Vote::No).unwrap();
    // 50 yes, 40 no of 90 cast: 55% once the vote is over.
    assert_eq!(status(&deps, START + 3, id), Status::Open);
    assert_eq!(status(&deps, EXPIRED, id), Status::Passed);
    execute(&mut deps, EXPIRED + 100, id).unwrap();
}

#[test]
fn only_an_expired_failed_proposal_closes() {
    let mut deps = staked_setup();
    let failing = propose(&mut deps, START + 1, "dave").unwrap();
    let passing = propose(&mut deps, START + 1, "alice").unwrap();
    vote(&mut deps, START + 2, "bob", passing, Vote::Yes).unwrap();

    let err = close(&mut deps, START + 2, failing).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotExpired {
            proposal_id: failing
        }
    );
    let err = close(&mut deps, EXPIRED, passing).unwrap_err();
    assert_eq!(
        err,
        ContractError::CannotClose {
            proposal_id: passing,
            status: Status::Passed
        }
    );
    let res = close(&mut deps, EXPIRED, failing).unwrap();
    assert_eq!(res.attributes[0].value, "close");
    let err = close(&mut deps, EXPIRED, failing).unwrap_err();
    assert_eq!(
        err,
        ContractError::CannotClose {
            proposal_id: failing,
            status: Status::Rejected
        }
    );
    execute(&mut deps, EXPIRED, passing).unwrap();
    let err = close(&mut deps, EXPIRED, passing).unwrap_err();
    assert!(matches!(err, ContractError::CannotClose { .. }), "{err:?}");
    let err = close(&mut deps, EXPIRED, 5).unwrap_err();
    assert_eq!(err, ContractError::ProposalNotFound { proposal_id: 5 });
}

#[test]
fn every_proposal_is_checked_after_its_last_message() {
    let mut deps = staked_setup();
    let grant = fro_transfer(&addr("grantee"), 5);
    let with_fro = vec![
        fro_call(addr("fro").to_string(), &grant).into(),
        pay("auditor", 1),
    ];
    let without_fro = vec![pay("auditor", 1), pay("auditor", 2), pay("auditor", 3)];
    for msgs in [with_fro, without_fro] {
        let last = msgs.len() - 1;
        let id = propose_msgs(&mut deps, START + 1, "alice", msgs).unwrap();
        vote(&mut deps, START + 2, "bob", id, Vote::Yes).unwrap();
        let res = execute(&mut deps, START + 3, id).unwrap();
        for (i, sub) in res.messages.iter().enumerate() {
            let checked = (ReplyOn::Success, STAKE_CHECK_REPLY);
            assert_eq!((sub.reply_on.clone(), sub.id) == checked, i == last, "{i}");
        }
    }
}

/// Makes the token report `balance` FRO for the DAO.
fn fro_balance(deps: &mut super::Deps, balance: u128) {
    deps.querier.update_wasm(move |_| {
        let res = BalanceResponse {
            balance: Uint128::new(balance),
        };
        SystemResult::Ok(ContractResult::Ok(to_json_binary(&res).unwrap()))
    });
}

fn stake_check(deps: &mut super::Deps) -> Result<cosmwasm_std::Response, ContractError> {
    let done = SubMsgResult::Ok(sub_msg_response(None, vec![]));
    let checked = chain_reply(STAKE_CHECK_REPLY, Binary::default(), done);
    reply(deps.as_mut(), at(START + 3), checked)
}

#[test]
fn the_check_reverts_a_proposal_that_left_the_stake_uncovered() {
    let mut deps = staked_setup();
    super::unstake(&mut deps, START + 1, "dave", 4).unwrap();
    // 96 staked and 4 unstaking: the DAO must hold 100 FRO.
    fro_balance(&mut deps, 99);
    assert_eq!(
        stake_check(&mut deps).unwrap_err(),
        ContractError::StakeNotCovered {
            balance: Uint128::new(99),
            owed: Uint128::new(100),
        }
    );
    fro_balance(&mut deps, 100);
    let res = stake_check(&mut deps).unwrap();
    assert_eq!(res.attributes[0].value, "check_stake");
}

#[test]
fn refuses_funds_on_execute_and_close() {
    let mut deps = staked_setup();
    let passed = propose(&mut deps, START + 1, "alice").unwrap();
    vote(&mut deps, START + 2, "bob", passed, Vote::Yes).unwrap();
    let failed = propose(&mut deps, START + 1, "dave").unwrap();
    let stored = |deps: &super::Deps, id| PROPOSALS.load(deps.as_ref().storage, id).unwrap();
    let before = (stored(&deps, passed), stored(&deps, failed));
    let attempts = [
        ExecuteMsg::Execute {
            proposal_id: passed,
        },
        ExecuteMsg::Close {
            proposal_id: failed,
        },
    ];
    for msg in attempts {
        let err = run_paid(&mut deps, at(EXPIRED), "anyone", msg).unwrap_err();
        assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    }
    assert_eq!((stored(&deps, passed), stored(&deps, failed)), before);
    execute(&mut deps, EXPIRED, passed).unwrap();
    close(&mut deps, EXPIRED, failed).unwrap();
}

#[test]
fn refuses_an_unknown_reply() {
    let mut deps = staked_setup();
    let failed = SubMsgResult::Err("none".to_string());
    let unknown = chain_reply(42, Binary::default(), failed);
    #[allow(deprecated)]
    let err = reply(deps.as_mut(), mock_env(), unknown).unwrap_err();
    assert_eq!(err, ContractError::UnknownReply { id: 42 });
}
