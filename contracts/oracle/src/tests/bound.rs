use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, CosmosMsg, Uint128, WasmMsg};
use faro_types::oracle::{ExecuteMsg, FinalStatus, Progress, Report};

use super::*;
use crate::query;

/// 20,000 over a backing of 1,000,000: 2%, above the 1% bound.
fn big(epoch: u64) -> Report {
    Report {
        heavy_rewards: Uint128::new(20_000),
        ..report(epoch)
    }
}

fn status(deps: &Deps, epoch: u64) -> FinalStatus {
    query::final_report(deps.as_ref(), epoch)
        .unwrap()
        .unwrap()
        .status
}

/// Scores go to the registry, the only wasm call the oracle makes to it.
fn calls_registry_scores(res: &Response) -> bool {
    res.messages.iter().any(|m| {
        matches!(&m.msg, CosmosMsg::Wasm(WasmMsg::Execute { contract_addr, .. })
            if *contract_addr == addr("registry").to_string())
    })
}

#[test]
fn a_heavy_move_beyond_the_bound_waits_and_approval_applies_it() {
    let mut deps = setup();
    let res = finalise(&mut deps, big(1));
    assert_eq!(attr(&res, "status"), "pending");
    assert_eq!(attr(&res, "beyond_bound"), "heavy");
    assert!(res.messages.is_empty());
    assert_eq!(status(&deps, 1), FinalStatus::Pending);
    // Final all the same: the epoch takes no more reports.
    assert!(matches!(
        submit(&mut deps, "carol", big(1)).unwrap_err(),
        ContractError::EpochNotNewer { .. }
    ));

    let err = exec(&mut deps, "alice", ExecuteMsg::Approve { epoch: 1 }).unwrap_err();
    assert!(matches!(err, ContractError::Ownership(_)));
    let info = message_info(&addr("dao"), &coins(1, DENOM));
    let err = execute(
        deps.as_mut(),
        mock_env(),
        info,
        ExecuteMsg::Approve { epoch: 1 },
    );
    assert!(matches!(err, Err(ContractError::Payment(_))));

    let res = exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 1 }).unwrap();
    assert_eq!(res.messages.len(), 4);
    assert_eq!(status(&deps, 1), FinalStatus::Applied);
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 1 }).unwrap_err(),
        ContractError::NotPending { epoch: 1 }
    );
}

#[test]
fn rejection_drops_the_report() {
    let mut deps = setup();
    finalise(&mut deps, big(1));
    let err = exec(&mut deps, "bob", ExecuteMsg::Reject { epoch: 1 }).unwrap_err();
    assert!(matches!(err, ContractError::Ownership(_)));
    let res = exec(&mut deps, "dao", ExecuteMsg::Reject { epoch: 1 }).unwrap();
    assert!(res.messages.is_empty());
    assert_eq!(status(&deps, 1), FinalStatus::Rejected);
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 1 }).unwrap_err(),
        ContractError::NotPending { epoch: 1 }
    );
    assert_eq!(
        exec(&mut deps, "dao", ExecuteMsg::Reject { epoch: 2 }).unwrap_err(),
        ContractError::NotPending { epoch: 2 }
    );
    assert_eq!(query::progress(deps.as_ref()).unwrap().last_applied, None);
}

#[test]
fn a_light_move_beyond_the_bound_waits() {
    let mut deps = setup();
    // valoper1's 500 over 40,000 units: 1.25%.
    answer_queries(&mut deps, Uint128::new(40_000));
    let res = finalise(&mut deps, report(1));
    assert_eq!(attr(&res, "beyond_bound"), OPERATORS[0]);
    // A light LST without units: any reward exceeds.
    answer_queries(&mut deps, Uint128::zero());
    let res = finalise(&mut deps, report(2));
    assert_eq!(attr(&res, "status"), "pending");
    // Exactly at the bound applies.
    answer_queries(&mut deps, Uint128::new(50_000));
    let res = finalise(&mut deps, report(3));
    assert_eq!(attr(&res, "status"), "applied");
}

#[test]
fn later_epochs_finalise_while_one_waits_and_keep_their_scores() {
    let mut deps = setup();
    finalise(&mut deps, big(1));
    let res = finalise(&mut deps, report(2));
    assert_eq!(attr(&res, "status"), "applied");
    assert!(calls_registry_scores(&res));

    let res = exec(&mut deps, "dao", ExecuteMsg::Approve { epoch: 1 }).unwrap();
    // Rewards and the penalty, but not epoch 1's older scores.
    assert_eq!(res.messages.len(), 3);
    assert!(!calls_registry_scores(&res));
    assert_eq!(
        query::progress(deps.as_ref()).unwrap(),
        Progress {
            last_final: Some(2),
            last_applied: Some(2)
        }
    );
}
