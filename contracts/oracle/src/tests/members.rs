use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Decimal};
use faro_types::bounds::BoundError;
use faro_types::oracle::{ConfigUpdate, ExecuteMsg, FinalStatus, MAX_STALENESS};

use super::*;
use crate::query;

fn set(members: Vec<MemberInput>, threshold: u64) -> ExecuteMsg {
    ExecuteMsg::SetMembers { members, threshold }
}

#[test]
fn the_owner_replaces_members_and_open_votes_reweigh() {
    let mut deps = setup();
    submit(&mut deps, "alice", report(1)).unwrap();
    let msg = set(vec![member("bob", 1), member("dave", 1)], 2);
    let err = exec(&mut deps, "alice", msg.clone()).unwrap_err();
    assert!(matches!(err, ContractError::Ownership(_)));
    exec(&mut deps, "dao", msg).unwrap();

    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!((config.total_weight, config.threshold), (2, 2));
    let members = query::members(deps.as_ref(), None, None).unwrap().members;
    assert_eq!(members.len(), 2);
    // alice is gone: her vote weighs nothing, and she may not submit.
    let candidates = query::candidates(deps.as_ref(), 1, None, None).unwrap();
    assert_eq!(candidates.candidates[0].weight, 0);
    assert!(matches!(
        submit(&mut deps, "alice", report(2)).unwrap_err(),
        ContractError::NotMember { .. }
    ));
    submit(&mut deps, "bob", report(1)).unwrap();
    let res = submit(&mut deps, "dave", report(1)).unwrap();
    assert_eq!(attr(&res, "status"), "applied");
}

#[test]
fn member_sets_keep_a_majority_threshold() {
    let mut deps = setup();
    let err = exec(
        &mut deps,
        "dao",
        set(vec![member("bob", 2), member("dave", 2)], 2),
    );
    assert!(matches!(
        err.unwrap_err(),
        ContractError::Bound(BoundError::BelowMin {
            field: "threshold",
            ..
        })
    ));
    let err = exec(&mut deps, "dao", set(vec![], 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero { field: "members" })
    );
    let info = message_info(&addr("dao"), &coins(1, DENOM));
    let msg = set(vec![member("bob", 1)], 1);
    let err = execute(deps.as_mut(), mock_env(), info, msg).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
    assert_eq!(
        query::members(deps.as_ref(), None, None)
            .unwrap()
            .members
            .len(),
        4
    );
}

#[test]
fn the_owner_updates_limits_and_the_gateway() {
    let mut deps = setup();
    let update = ConfigUpdate {
        staleness: Some(60),
        max_rate_change: Some(Decimal::percent(5)),
    };
    let msg = ExecuteMsg::UpdateConfig(update);
    assert!(matches!(
        exec(&mut deps, "bob", msg.clone()).unwrap_err(),
        ContractError::Ownership(_)
    ));
    let res = exec(&mut deps, "dao", msg).unwrap();
    let attributes: Vec<_> = res
        .attributes
        .iter()
        .map(|a| (a.key.as_str(), a.value.as_str()))
        .collect();
    assert_eq!(
        attributes,
        [
            ("action", "update_config"),
            ("staleness", "60"),
            ("max_rate_change", "0.05")
        ]
    );
    let bad = ExecuteMsg::UpdateConfig(ConfigUpdate {
        staleness: Some(0),
        ..ConfigUpdate::default()
    });
    assert!(matches!(
        exec(&mut deps, "dao", bad).unwrap_err(),
        ContractError::Bound(BoundError::Zero { field: "staleness" })
    ));
    let bad = ExecuteMsg::UpdateConfig(ConfigUpdate {
        staleness: Some(MAX_STALENESS + 1),
        max_rate_change: Some(Decimal::percent(2)),
    });
    assert!(matches!(
        exec(&mut deps, "dao", bad).unwrap_err(),
        ContractError::Bound(BoundError::AboveMax {
            field: "staleness",
            ..
        })
    ));
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(
        (config.staleness, config.max_rate_change),
        (60, Decimal::percent(5))
    );
    let longest = ExecuteMsg::UpdateConfig(ConfigUpdate {
        staleness: Some(MAX_STALENESS),
        ..ConfigUpdate::default()
    });
    exec(&mut deps, "dao", longest).unwrap();
    // A report as old as the longest staleness is taken, an older one refused.
    let mut older = report(1);
    older.epoch_end = mock_env().block.time.minus_seconds(MAX_STALENESS + 1);
    assert!(matches!(
        submit(&mut deps, "alice", older).unwrap_err(),
        ContractError::StaleReport { epoch: 1, .. }
    ));
    let mut oldest = report(1);
    oldest.epoch_end = mock_env().block.time.minus_seconds(MAX_STALENESS);
    submit(&mut deps, "alice", oldest).unwrap();

    let msg = ExecuteMsg::SetGateway { gateway: None };
    assert!(matches!(
        exec(&mut deps, "bob", msg.clone()).unwrap_err(),
        ContractError::Ownership(_)
    ));
    exec(&mut deps, "dao", msg).unwrap();
    assert_eq!(query::config(deps.as_ref()).unwrap().gateway, None);
    let bad = ExecuteMsg::SetGateway {
        gateway: Some("not an address".to_string()),
    };
    assert!(matches!(
        exec(&mut deps, "dao", bad).unwrap_err(),
        ContractError::Std(_)
    ));
}

#[test]
fn malformed_member_addresses_change_nothing() {
    let mut deps = setup();
    let upper = addr("dave").to_string().to_uppercase();
    for bad in ["not an address".to_string(), upper, String::new()] {
        let members = vec![
            member("bob", 1),
            MemberInput {
                addr: bad.clone(),
                weight: 1,
            },
        ];
        let err = exec(&mut deps, "dao", set(members, 2)).unwrap_err();
        assert!(matches!(err, ContractError::Std(_)), "{bad}: {err:?}");
    }
    let members = query::members(deps.as_ref(), None, None).unwrap().members;
    assert_eq!(members.len(), 4);
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!((config.total_weight, config.threshold), (6, 4));
}

#[test]
fn owner_messages_take_no_funds_and_change_nothing() {
    let mut deps = setup();
    let mut big = report(1);
    big.heavy_rewards = cosmwasm_std::Uint128::new(20_000);
    finalise(&mut deps, big);
    let before = query::config(deps.as_ref()).unwrap();
    let msgs = [
        ExecuteMsg::Reject { epoch: 1 },
        ExecuteMsg::UpdateConfig(ConfigUpdate {
            staleness: Some(60),
            ..ConfigUpdate::default()
        }),
        ExecuteMsg::SetGateway { gateway: None },
    ];
    for msg in msgs {
        let info = message_info(&addr("dao"), &coins(1, DENOM));
        let err = execute(deps.as_mut(), mock_env(), info, msg.clone()).unwrap_err();
        assert!(matches!(err, ContractError::Payment(_)), "{msg:?}");
    }
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
    let held = query::final_report(deps.as_ref(), 1).unwrap().unwrap();
    assert_eq!(held.status, FinalStatus::Pending);
}
