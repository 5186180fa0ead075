use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{coins, Decimal, DepsMut, Response};
use faro_types::bounds::BoundError;
use faro_types::oracle::{InstantiateMsg, MemberInput, MAX_STALENESS};

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn member(name: &str, weight: u64) -> MemberInput {
    MemberInput {
        addr: MockApi::default().addr_make(name).to_string(),
        weight,
    }
}

fn msg(members: Vec<MemberInput>, threshold: u64) -> InstantiateMsg {
    InstantiateMsg {
        members,
        threshold,
        gateway: None,
        ..super::instantiate_msg()
    }
}

fn run(deps: DepsMut, msg: InstantiateMsg) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps, mock_env(), info, msg)
}

fn relayers(count: usize) -> Vec<MemberInput> {
    (0..count)
        .map(|i| member(&format!("relayer{i}"), 1))
        .collect()
}

#[test]
fn records_members_and_pages_through_them() {
    let mut deps = mock_dependencies();
    run(deps.as_mut(), msg(relayers(12), 7)).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!((config.threshold, config.total_weight), (7, 12));

    let first = query::members(deps.as_ref(), None, None).unwrap().members;
    assert_eq!(first.len(), 10);
    let last = first.last().map(|m| m.addr.to_string());
    let rest = query::members(deps.as_ref(), last, Some(50))
        .unwrap()
        .members;
    assert_eq!(rest.len(), 2);
    assert!(rest[0].addr > first[9].addr);
}

#[test]
fn threshold_must_be_a_reachable_majority() {
    let cases = [(2, "threshold"), (5, "threshold")];
    for (threshold, field) in cases {
        let err = run(mock_dependencies().as_mut(), msg(relayers(4), threshold)).unwrap_err();
        assert!(
            matches!(&err, ContractError::Bound(BoundError::BelowMin { field: f, .. } | BoundError::AboveMax { field: f, .. }) if *f == field),
            "{threshold}: {err:?}"
        );
    }
    run(mock_dependencies().as_mut(), msg(relayers(4), 3)).unwrap();
}

#[test]
fn refuses_bad_member_sets_and_stores_nothing() {
    let mut deps = mock_dependencies();
    let twice = vec![member("alice", 1), member("alice", 2)];
    let err = run(deps.as_mut(), msg(twice, 3)).unwrap_err();
    assert_eq!(
        err,
        ContractError::DuplicateMember {
            addr: member("alice", 1).addr
        }
    );

    let weightless = vec![member("alice", 0)];
    let err = run(deps.as_mut(), msg(weightless, 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero {
            field: "member weight"
        })
    );

    let err = run(deps.as_mut(), msg(relayers(51), 40)).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::AboveMax {
            field: "members",
            ..
        })
    ));

    let err = run(deps.as_mut(), msg(vec![], 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero { field: "members" })
    );

    let heavy = vec![member("alice", u64::MAX), member("bob", 1)];
    assert_eq!(
        run(deps.as_mut(), msg(heavy, 1)).unwrap_err(),
        ContractError::WeightOverflow
    );
    assert!(query::members(deps.as_ref(), None, None)
        .unwrap()
        .members
        .is_empty());
}

#[test]
fn the_gateway_counts_in_the_total_weight_as_a_member() {
    let mut deps = mock_dependencies();
    let mut members = relayers(4);
    members.push(member("gateway", 3));
    let with_gateway = msg(members, 3);
    let err = run(deps.as_mut(), with_gateway.clone()).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::BelowMin {
            field: "threshold",
            ..
        })
    ));
    run(
        deps.as_mut(),
        InstantiateMsg {
            threshold: 4,
            gateway: Some(MockApi::default().addr_make("gateway").to_string()),
            ..with_gateway
        },
    )
    .unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.total_weight, 7);
    assert_eq!(
        config.gateway,
        Some(MockApi::default().addr_make("gateway"))
    );
}

#[test]
fn refuses_funds_and_bad_limits() {
    let info = message_info(
        &MockApi::default().addr_make("deployer"),
        &coins(1, "uatom"),
    );
    let err = instantiate(
        mock_dependencies().as_mut(),
        mock_env(),
        info,
        msg(relayers(3), 2),
    );
    assert!(matches!(err, Err(ContractError::Payment(_))));
    let cases = [
        InstantiateMsg {
            staleness: 0,
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            staleness: MAX_STALENESS + 1,
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            max_rate_change: Decimal::zero(),
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            max_rate_change: Decimal::percent(101),
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            denom: String::new(),
            ..msg(relayers(3), 2)
        },
    ];
    for case in cases {
        assert!(matches!(
            run(mock_dependencies().as_mut(), case),
            Err(ContractError::Bound(_))
        ));
    }
}

#[test]
fn malformed_addresses_are_refused_and_nothing_is_stored() {
    let bad = "not an address".to_string();
    let upper = MockApi::default()
        .addr_make("hub")
        .to_string()
        .to_uppercase();
    let cases = [
        InstantiateMsg {
            hub: bad.clone(),
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            hub: upper,
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            registry: bad.clone(),
            ..msg(relayers(3), 2)
        },
        InstantiateMsg {
            gateway: Some(bad.clone()),
            ..msg(relayers(3), 2)
        },
        msg(
            vec![
                member("alice", 1),
                MemberInput {
                    addr: bad,
                    weight: 1,
                },
            ],
            2,
        ),
    ];
    for case in cases {
        let mut deps = mock_dependencies();
        let err = run(deps.as_mut(), case.clone()).unwrap_err();
        assert!(matches!(err, ContractError::Std(_)), "{case:?}: {err:?}");
        assert!(query::config(deps.as_ref()).is_err());
        assert!(query::members(deps.as_ref(), None, None)
            .unwrap()
            .members
            .is_empty());
    }
}
