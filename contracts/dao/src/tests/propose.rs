use cosmwasm_std::{
    to_json_binary, AnyMsg, Binary, CosmosMsg, Decimal, DistributionMsg, GovMsg, Order, Uint128,
    VoteOption, WasmMsg,
};
use cw20::Cw20ExecuteMsg;
use cw3::{Status, Vote, VoteInfo};
use cw_utils::{Expiration, ThresholdResponse};
use faro_types::dao::ExecuteMsg;

use super::{
    addr, at, at_the_last_moment, fro_call, fro_transfer, pay, propose, propose_msgs, run, stake,
    staked_setup, status, Deps, START, VOTING_PERIOD,
};
use crate::error::ContractError;
use crate::query;
use crate::state::PROPOSAL_COUNT;

fn propose_until(
    deps: &mut Deps,
    height: u64,
    earliest: Option<Expiration>,
    latest: Option<Expiration>,
) -> Result<u64, ContractError> {
    let msg = ExecuteMsg::Propose {
        title: "Pay".to_string(),
        description: String::new(),
        msgs: vec![pay("auditor", 1)],
        earliest,
        latest,
    };
    let res = run(deps, at(height), "alice", msg)?;
    Ok(cosmwasm_std::from_json(res.data.unwrap()).unwrap())
}

#[test]
fn opens_a_proposal_with_the_proposers_yes() {
    let mut deps = staked_setup();
    let id = propose(&mut deps, START + 5, "bob").unwrap();
    assert_eq!(id, 1);
    assert_eq!(propose(&mut deps, START + 5, "carol").unwrap(), 2);

    let proposal = query::proposal(deps.as_ref(), at(START + 6), id).unwrap();
    assert_eq!(proposal.status, Status::Open);
    assert_eq!(proposal.proposer, addr("bob"));
    assert_eq!(proposal.msgs, vec![pay("auditor", 1_000)]);
    assert_eq!(
        proposal.expires,
        Expiration::AtTime(at(START + 5).block.time.plus_seconds(VOTING_PERIOD))
    );
    assert_eq!(
        proposal.threshold,
        ThresholdResponse::ThresholdQuorum {
            threshold: Decimal::percent(51),
            quorum: Decimal::percent(33),
            total_weight: 100,
        }
    );
    let ballot = query::vote(deps.as_ref(), id, addr("bob").to_string()).unwrap();
    assert_eq!(
        ballot.vote,
        Some(VoteInfo {
            proposal_id: id,
            voter: addr("bob").to_string(),
            vote: Vote::Yes,
            weight: 30,
        })
    );
}

#[test]
fn a_proposer_with_the_threshold_alone_passes_at_once() {
    let mut deps = super::setup();
    stake(&mut deps, START, "whale", 60).unwrap();
    stake(&mut deps, START, "minnow", 40).unwrap();
    let id = propose(&mut deps, START + 1, "whale").unwrap();
    assert_eq!(status(&deps, START + 1, id), Status::Passed);
}

#[test]
fn needs_power_held_before_the_block() {
    let mut deps = staked_setup();
    let err = propose(&mut deps, START + 1, "erin").unwrap_err();
    assert_eq!(
        err,
        ContractError::NoVotingPower {
            address: addr("erin").to_string(),
            height: START + 1
        }
    );
    stake(&mut deps, START + 2, "erin", 500).unwrap();
    let err = propose(&mut deps, START + 2, "erin").unwrap_err();
    assert!(
        matches!(err, ContractError::NoVotingPower { .. }),
        "{err:?}"
    );
    propose(&mut deps, START + 3, "erin").unwrap();
}

#[test]
fn refuses_an_earliest_time_and_an_empty_title() {
    let mut deps = staked_setup();
    let later = Some(Expiration::AtTime(at(START + 100).block.time));
    assert_eq!(
        propose_until(&mut deps, START + 1, later, None).unwrap_err(),
        ContractError::EarliestUnsupported
    );
    let untitled = ExecuteMsg::Propose {
        title: "  ".to_string(),
        description: "nothing".to_string(),
        msgs: vec![],
        earliest: None,
        latest: None,
    };
    assert_eq!(
        run(&mut deps, at(START + 1), "alice", untitled).unwrap_err(),
        ContractError::EmptyTitle
    );
    assert!(
        query::proposals(deps.as_ref(), at(START + 1), None, Order::Ascending, None)
            .unwrap()
            .proposals
            .is_empty()
    );
}

#[test]
fn the_end_is_a_future_time_capped_at_the_voting_period() {
    let mut deps = staked_setup();
    let now = at(START + 1).block.time;
    for bad in [
        Expiration::AtHeight(START + 1_000),
        Expiration::AtTime(now),
        Expiration::AtTime(now.minus_seconds(1)),
    ] {
        let err = propose_until(&mut deps, START + 1, None, Some(bad)).unwrap_err();
        assert_eq!(err, ContractError::InvalidExpiration, "{bad:?}");
    }
    let short = Expiration::AtTime(now.plus_seconds(3600));
    let id = propose_until(&mut deps, START + 1, None, Some(short)).unwrap();
    let proposal = query::proposal(deps.as_ref(), at(START + 1), id).unwrap();
    assert_eq!(proposal.expires, short);
    let id = propose_until(&mut deps, START + 1, None, Some(Expiration::Never {})).unwrap();
    let proposal = query::proposal(deps.as_ref(), at(START + 1), id).unwrap();
    assert_eq!(
        proposal.expires,
        Expiration::AtTime(now.plus_seconds(VOTING_PERIOD))
    );
}

#[test]
fn refuses_allowances_on_the_staked_token() {
    let mut deps = staked_setup();
    let allowance = Cw20ExecuteMsg::IncreaseAllowance {
        spender: addr("thief").to_string(),
        amount: Uint128::new(100),
        expires: None,
    };
    let fro = addr("fro").to_string();
    let garbled: CosmosMsg = WasmMsg::Execute {
        contract_addr: fro.clone(),
        msg: Binary::from(br#""drain""#),
        funds: vec![],
    }
    .into();
    for msgs in [
        vec![fro_call(fro.clone(), &allowance).into()],
        vec![
            pay("auditor", 1),
            fro_call(fro.to_uppercase(), &allowance).into(),
        ],
        vec![garbled],
    ] {
        let err = propose_msgs(&mut deps, START + 1, "alice", msgs).unwrap_err();
        assert_eq!(err, ContractError::ForbiddenGovTokenMessage);
    }
    let transfer = fro_transfer(&addr("grantee"), 5);
    propose_msgs(
        &mut deps,
        START + 1,
        "alice",
        vec![fro_call(fro, &transfer).into()],
    )
    .unwrap();
}

#[test]
fn refuses_funds() {
    let mut deps = staked_setup();
    let info =
        cosmwasm_std::testing::message_info(&addr("alice"), &cosmwasm_std::coins(1, "uatom"));
    let msg = ExecuteMsg::Propose {
        title: "Pay".to_string(),
        description: String::new(),
        msgs: vec![],
        earliest: None,
        latest: None,
    };
    let err = crate::contract::execute(deps.as_mut(), at(START + 1), info, msg).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
}

fn no_proposals(deps: &Deps) -> bool {
    query::proposals(deps.as_ref(), at(START + 1), None, Order::Ascending, None)
        .unwrap()
        .proposals
        .is_empty()
}

#[test]
fn refuses_any_and_stargate_messages() {
    let mut deps = staked_setup();
    let theft = fro_transfer(&addr("thief"), 100);
    let execute_fro = fro_call(addr("fro").to_string(), &theft);
    let any = |type_url: &str| -> CosmosMsg {
        CosmosMsg::Any(AnyMsg {
            type_url: type_url.to_string(),
            value: to_json_binary(&execute_fro).unwrap(),
        })
    };
    #[allow(deprecated)]
    let stargate = CosmosMsg::Stargate {
        type_url: "/cosmwasm.wasm.v1.MsgMigrateContract".to_string(),
        value: Binary::from(b"migrate"),
    };
    let cases = [
        (vec![any("/cosmwasm.wasm.v1.MsgExecuteContract")], 0),
        (
            vec![pay("auditor", 1), any("/cosmos.authz.v1beta1.MsgExec")],
            1,
        ),
        (
            vec![any("/cosmos.authz.v1beta1.MsgGrant"), pay("auditor", 1)],
            0,
        ),
        (vec![pay("auditor", 1), pay("auditor", 2), stargate], 2),
    ];
    for (msgs, index) in cases {
        let err = propose_msgs(&mut deps, START + 1, "alice", msgs).unwrap_err();
        assert_eq!(err, ContractError::OpaqueMessage { index });
    }
    assert!(no_proposals(&deps));

    // Typed module messages cannot reach a cw20 balance, and stay allowed.
    let typed = vec![
        pay("auditor", 1),
        GovMsg::Vote {
            proposal_id: 7,
            option: VoteOption::Yes,
        }
        .into(),
        DistributionMsg::SetWithdrawAddress {
            address: addr("dao").to_string(),
        }
        .into(),
    ];
    propose_msgs(&mut deps, START + 1, "alice", typed).unwrap();
}

#[test]
fn refuses_migrating_the_staked_token_or_changing_its_admin() {
    let mut deps = staked_setup();
    let admin_changes = |contract: String| -> Vec<CosmosMsg> {
        vec![
            WasmMsg::Migrate {
                contract_addr: contract.clone(),
                new_code_id: 9,
                msg: Binary::from(b"{}"),
            }
            .into(),
            WasmMsg::UpdateAdmin {
                contract_addr: contract.clone(),
                admin: addr("thief").to_string(),
            }
            .into(),
            WasmMsg::ClearAdmin {
                contract_addr: contract,
            }
            .into(),
        ]
    };
    let fro = addr("fro").to_string();
    for contract in [fro.clone(), fro.to_uppercase()] {
        for msg in admin_changes(contract) {
            let msgs = vec![pay("auditor", 1), msg];
            let err = propose_msgs(&mut deps, START + 1, "alice", msgs).unwrap_err();
            assert_eq!(err, ContractError::ForbiddenGovTokenMessage);
        }
    }
    assert!(no_proposals(&deps));
    let hub = addr("hub").to_string();
    propose_msgs(&mut deps, START + 1, "alice", admin_changes(hub)).unwrap();
}

#[test]
fn a_voting_period_past_the_last_timestamp_is_an_error() {
    let mut deps = staked_setup();
    let env = at_the_last_moment(START + 1);
    let msg = ExecuteMsg::Propose {
        title: "Pay".to_string(),
        description: String::new(),
        msgs: vec![pay("auditor", 1)],
        earliest: None,
        latest: None,
    };
    let err = run(&mut deps, env, "alice", msg).unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)), "{err:?}");
    assert!(no_proposals(&deps));
}

#[test]
fn the_proposal_count_does_not_wrap() {
    let mut deps = staked_setup();
    PROPOSAL_COUNT
        .save(deps.as_mut().storage, &(u64::MAX - 1))
        .unwrap();
    assert_eq!(propose(&mut deps, START + 1, "alice").unwrap(), u64::MAX);
    let err = propose(&mut deps, START + 1, "alice").unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)), "{err:?}");
    let count = PROPOSAL_COUNT.load(deps.as_ref().storage).unwrap();
    assert_eq!(count, u64::MAX);
    let open =
        query::proposals(deps.as_ref(), at(START + 1), None, Order::Ascending, None).unwrap();
    assert_eq!(open.proposals.len(), 1);
}
