use cosmwasm_std::Decimal;
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus};

use super::{
    active, exec, exec_paid, exit, is_registered, jail, not_found, operator, register_as, send_to,
    set_services, setup, update_operator, valoper, LIGHT_ONLY,
};
use crate::error::ContractError;
use crate::query;

/// The heavy set as `(valoper, weight)` pairs, and the total weight.
fn weights(deps: &super::Deps) -> (Vec<(String, u64)>, u64) {
    let res = query::heavy_weights(deps.as_ref(), None, None).unwrap();
    let pairs = res
        .weights
        .into_iter()
        .map(|w| (w.valoper, w.weight))
        .collect();
    (pairs, res.total_weight)
}

#[test]
fn approved_heavy_operators_carry_their_weights() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    active(&mut deps, "bob", 1);
    let res = query::heavy_weights(deps.as_ref(), None, None).unwrap();
    assert_eq!(res.total_weight, 4);
    assert_eq!(res.weights.len(), 2);
    let alice = query::operator(deps.as_ref(), valoper("alice"))
        .unwrap()
        .unwrap();
    assert!(res.weights.iter().any(|w| w.valoper == alice.valoper
        && w.weight == 3
        && w.reward_address == alice.reward_address));
}

#[test]
fn jailing_and_removing_take_the_weight_away() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    active(&mut deps, "bob", 1);
    exec(&mut deps, "dao", jail("alice")).unwrap();
    assert_eq!(weights(&deps).1, 1);
    let status = query::operator(deps.as_ref(), valoper("alice"))
        .unwrap()
        .unwrap()
        .status;
    assert_eq!(status, OperatorStatus::Jailed);

    exec(
        &mut deps,
        "dao",
        ExecuteMsg::Approve {
            valoper: valoper("alice"),
            weight: 2,
        },
    )
    .unwrap();
    assert_eq!(weights(&deps).1, 3);

    exec(
        &mut deps,
        "dao",
        ExecuteMsg::Remove {
            valoper: valoper("bob"),
        },
    )
    .unwrap();
    assert_eq!(weights(&deps), (vec![(valoper("alice"), 2)], 2));
    assert!(query::operator(deps.as_ref(), valoper("bob"))
        .unwrap()
        .is_none());
    // A removed validator may register again, as a newcomer.
    register_as(&mut deps, "bob", "bob").unwrap();
}

#[test]
fn a_light_only_operator_gets_no_heavy_weight() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    let light_only = set_services("alice", LIGHT_ONLY, Some(Decimal::percent(5)));
    update_operator(&mut deps, "alice", light_only).unwrap();
    assert_eq!(weights(&deps), (vec![], 0));
}

#[test]
fn decisions_are_the_owners_and_follow_the_status() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let approve = ExecuteMsg::Approve {
        valoper: valoper("alice"),
        weight: 1,
    };
    let err = exec(&mut deps, "alice", approve.clone()).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let err = exec(
        &mut deps,
        "mallory",
        ExecuteMsg::Remove {
            valoper: valoper("alice"),
        },
    )
    .unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));

    let err = exec(&mut deps, "dao", jail("alice")).unwrap_err();
    assert!(matches!(
        err,
        ContractError::InvalidTransition {
            action: "jail",
            status: OperatorStatus::Pending,
            ..
        }
    ));

    for (weight, bound) in [
        (0, BoundError::Zero { field: "weight" }),
        (
            10_001,
            BoundError::AboveMax {
                field: "weight",
                value: "10001".to_string(),
                max: "10000".to_string(),
            },
        ),
    ] {
        let err = exec(
            &mut deps,
            "dao",
            ExecuteMsg::Approve {
                valoper: valoper("alice"),
                weight,
            },
        )
        .unwrap_err();
        assert_eq!(err, ContractError::Bound(bound));
    }
    exec(&mut deps, "dao", approve).unwrap();

    let err = exec(
        &mut deps,
        "dao",
        ExecuteMsg::Remove {
            valoper: valoper("bob"),
        },
    )
    .unwrap_err();
    assert_eq!(err, not_found("bob"));
}

#[test]
fn weights_page_through_the_active_set() {
    let mut deps = setup();
    for name in super::VALIDATORS {
        active(&mut deps, name, 1);
    }
    let first = query::heavy_weights(deps.as_ref(), None, Some(2)).unwrap();
    assert_eq!((first.weights.len(), first.total_weight), (2, 3));
    let after = first.weights.last().map(|w| w.valoper.clone());
    let rest = query::heavy_weights(deps.as_ref(), after, Some(2)).unwrap();
    assert_eq!(rest.weights.len(), 1);
    let operators = query::operators(deps.as_ref(), None, Some(100))
        .unwrap()
        .operators;
    assert_eq!(operators.len(), 3);
}

#[test]
fn the_owner_reweighs_an_active_operator_but_not_an_exiting_one() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    active(&mut deps, "bob", 1);
    let approve = |weight| ExecuteMsg::Approve {
        valoper: valoper("alice"),
        weight,
    };
    exec(&mut deps, "dao", approve(7)).unwrap();
    assert_eq!(operator(&deps, "alice").weight, 7);
    assert_eq!(weights(&deps).1, 8);

    exec(&mut deps, "alice", exit("alice")).unwrap();
    let err = exec(&mut deps, "dao", approve(2)).unwrap_err();
    assert_eq!(
        err,
        ContractError::InvalidTransition {
            valoper: valoper("alice"),
            status: OperatorStatus::Exiting,
            action: "approve",
        }
    );
    assert_eq!(weights(&deps), (vec![(valoper("bob"), 1)], 1));
}

#[test]
fn removing_returns_the_bond_to_the_validator_account() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    exec_paid(
        &mut deps,
        "alice",
        250,
        ExecuteMsg::PostBond {
            valoper: valoper("alice"),
        },
    )
    .unwrap();
    let res = exec(
        &mut deps,
        "dao",
        ExecuteMsg::Remove {
            valoper: valoper("alice"),
        },
    )
    .unwrap();
    assert_eq!(res.messages, send_to("alice", 250));
    assert_eq!(super::attr(&res, "bond_returned"), "250");
    assert!(!is_registered(&deps, "alice"));

    // Without a bond there is nothing to send.
    register_as(&mut deps, "bob", "bob").unwrap();
    let res = exec(
        &mut deps,
        "dao",
        ExecuteMsg::Remove {
            valoper: valoper("bob"),
        },
    )
    .unwrap();
    assert!(res.messages.is_empty());
    assert_eq!(operator_count(&deps), 0);
}

fn operator_count(deps: &super::Deps) -> u32 {
    crate::state::OPERATOR_COUNT.load(&deps.storage).unwrap()
}

#[test]
fn decisions_take_no_funds_and_jailing_is_the_owners() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    let before = (operator(&deps, "alice"), weights(&deps));
    let alice = valoper("alice");
    let paid = [
        ExecuteMsg::Approve {
            valoper: alice.clone(),
            weight: 5,
        },
        jail("alice"),
        ExecuteMsg::Remove { valoper: alice },
    ];
    for msg in paid {
        let err = exec_paid(&mut deps, "dao", 1, msg).unwrap_err();
        assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    }
    let err = exec(&mut deps, "mallory", jail("alice")).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    assert_eq!((operator(&deps, "alice"), weights(&deps)), before);
}
