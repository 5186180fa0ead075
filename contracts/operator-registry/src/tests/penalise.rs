use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Response, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus};

use super::{
    account, active, addr, exec, exec_paid, exit, jail, not_found, operator, register_as, send_to,
    setup, valoper,
};
use crate::contract::execute;
use crate::error::ContractError;
use crate::state::OPERATORS;

fn penalise(name: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::Penalise {
        valoper: valoper(name),
        amount: Uint128::new(amount),
    }
}

/// `alice` active with weight 3 and a bond of 1,000.
fn bonded() -> super::Deps {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    let post = ExecuteMsg::PostBond {
        valoper: valoper("alice"),
    };
    exec_paid(&mut deps, "alice", 1_000, post).unwrap();
    deps
}

/// Checks that a penalty of `requested` took `taken` to the treasury and left `bond_left`.
fn assert_penalty(res: &Response, requested: u128, taken: u128, bond_left: u128) {
    assert_eq!(res.messages, send_to("treasury", taken));
    assert_eq!(super::attr(res, "requested"), requested.to_string());
    assert_eq!(super::attr(res, "taken"), taken.to_string());
    assert_eq!(super::attr(res, "bond_left"), bond_left.to_string());
}

#[test]
fn a_penalty_moves_bond_to_the_treasury() {
    let mut deps = bonded();
    let res = exec(&mut deps, "oracle", penalise("alice", 300)).unwrap();
    assert_penalty(&res, 300, 300, 700);
    let alice = operator(&deps, "alice");
    assert_eq!(alice.bond, Uint128::new(700));
    // Phase 1: a thin bond is the owner's concern, not a status change.
    assert_eq!((alice.status, alice.weight), (OperatorStatus::Active, 3));

    let res = exec(&mut deps, "dao", penalise("alice", 100)).unwrap();
    assert_eq!(res.messages, send_to("treasury", 100));
}

#[test]
fn a_penalty_never_exceeds_the_bond() {
    let mut deps = bonded();
    let res = exec(&mut deps, "oracle", penalise("alice", 5_000)).unwrap();
    assert_penalty(&res, 5_000, 1_000, 0);
    assert_eq!(operator(&deps, "alice").bond, Uint128::zero());

    // Nothing left: the penalty is recorded, nothing is paid.
    let res = exec(&mut deps, "oracle", penalise("alice", 10)).unwrap();
    assert!(res.messages.is_empty());
    assert_eq!(super::attr(&res, "taken"), "0");
}

#[test]
fn the_operators_own_light_lst_may_penalise_it() {
    let mut deps = bonded();
    register_as(&mut deps, "bob", "bob").unwrap();
    // As if its light LST had been instantiated and confirmed.
    let light_lst = addr("alice_light");
    let mut alice = operator(&deps, "alice");
    alice.light_lst = Some(light_lst.clone());
    OPERATORS
        .save(&mut deps.storage, &valoper("alice"), &alice)
        .unwrap();

    let res = exec(&mut deps, "alice_light", penalise("alice", 50)).unwrap();
    assert_eq!(res.messages, send_to("treasury", 50));
    // Not another operator's.
    let err = exec(&mut deps, "alice_light", penalise("bob", 50)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Unauthorized {
            sender: light_lst.to_string()
        }
    );
}

#[test]
fn strangers_zero_amounts_funds_and_unknown_operators_are_refused() {
    let mut deps = bonded();
    for stranger in ["mallory", "alice", "treasury"] {
        let err = exec(&mut deps, stranger, penalise("alice", 50)).unwrap_err();
        assert_eq!(
            err,
            ContractError::Unauthorized {
                sender: account(stranger)
            }
        );
    }
    let err = exec(&mut deps, "oracle", penalise("alice", 0)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero { field: "amount" })
    );
    let err = exec(&mut deps, "oracle", penalise("carol", 50)).unwrap_err();
    assert_eq!(err, not_found("carol"));
    let info = message_info(&addr("oracle"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, penalise("alice", 50)).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(operator(&deps, "alice").bond, Uint128::new(1_000));
}

#[test]
fn penalties_reach_every_status() {
    let mut deps = bonded();
    // (who moves alice on, by what, her status and bond after a penalty of 100)
    let steps = [
        ("dao", jail("alice"), OperatorStatus::Jailed, 900),
        ("alice", exit("alice"), OperatorStatus::Exiting, 800),
    ];
    for (sender, msg, status, bond) in steps {
        exec(&mut deps, sender, msg).unwrap();
        exec(&mut deps, "oracle", penalise("alice", 100)).unwrap();
        let alice = operator(&deps, "alice");
        assert_eq!((alice.status, alice.bond), (status, Uint128::new(bond)));
    }
}
