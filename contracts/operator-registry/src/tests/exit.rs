use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Uint128};
use cw_utils::PaymentError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus};

use super::{
    active, addr, exec, exec_later, exec_paid, exit, is_registered, jail, not_found, now, operator,
    register_as, send_to, setup, valoper,
};
use crate::contract::execute;
use crate::error::ContractError;
use crate::query;
use crate::state::OPERATOR_COUNT;

const EXIT_PERIOD: u64 = 21 * 24 * 3600;

fn claim(name: &str) -> ExecuteMsg {
    ExecuteMsg::ClaimBond {
        valoper: valoper(name),
    }
}

/// `alice` active with weight 3 and a bond of 400; `bob` active with weight 1.
fn bonded() -> super::Deps {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    active(&mut deps, "bob", 1);
    let post = ExecuteMsg::PostBond {
        valoper: valoper("alice"),
    };
    exec_paid(&mut deps, "alice", 400, post).unwrap();
    deps
}

#[test]
fn exiting_takes_the_weight_away_and_starts_the_wait() {
    let mut deps = bonded();
    let res = exec(&mut deps, "alice", exit("alice")).unwrap();
    let exits_at = now().plus_seconds(EXIT_PERIOD);
    assert_eq!(
        super::attr(&res, "exits_at"),
        exits_at.seconds().to_string()
    );
    let alice = operator(&deps, "alice");
    assert_eq!(alice.status, OperatorStatus::Exiting);
    assert_eq!(alice.exits_at, Some(exits_at));
    let weights = query::heavy_weights(deps.as_ref(), None, None).unwrap();
    assert_eq!(weights.total_weight, 1);
    assert_eq!(weights.weights.len(), 1);

    let err = exec(&mut deps, "alice", exit("alice")).unwrap_err();
    assert!(matches!(
        err,
        ContractError::InvalidTransition {
            status: OperatorStatus::Exiting,
            action: "exit",
            ..
        }
    ));
}

#[test]
fn only_the_validator_account_exits_and_claims() {
    let mut deps = bonded();
    for msg in [exit("alice"), claim("alice")] {
        let err = exec(&mut deps, "mallory", msg).unwrap_err();
        assert_eq!(
            err,
            ContractError::NotValidatorAccount {
                valoper: valoper("alice")
            }
        );
    }
    for msg in [exit("carol"), claim("carol")] {
        let err = exec(&mut deps, "carol", msg).unwrap_err();
        assert_eq!(err, not_found("carol"));
    }
    let info = message_info(&addr("alice"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, exit("alice")).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Active);
}

#[test]
fn the_bond_is_claimed_only_after_the_exit_period() {
    let mut deps = bonded();
    let err = exec(&mut deps, "alice", claim("alice")).unwrap_err();
    assert_eq!(
        err,
        ContractError::InvalidTransition {
            valoper: valoper("alice"),
            status: OperatorStatus::Active,
            action: "claim its bond",
        }
    );

    exec(&mut deps, "alice", exit("alice")).unwrap();
    let exits_at = now().plus_seconds(EXIT_PERIOD);
    let err = exec_later(&mut deps, "alice", EXIT_PERIOD - 1, claim("alice")).unwrap_err();
    assert_eq!(
        err,
        ContractError::ExitPending {
            valoper: valoper("alice"),
            exits_at
        }
    );
    assert!(is_registered(&deps, "alice"));

    let res = exec_later(&mut deps, "alice", EXIT_PERIOD, claim("alice")).unwrap();
    assert_eq!(res.messages, send_to("alice", 400));
    assert_eq!(super::attr(&res, "bond"), "400");
    assert!(!is_registered(&deps, "alice"));
    assert_eq!(OPERATOR_COUNT.load(&deps.storage).unwrap(), 1);
    let info = message_info(&addr("alice"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, claim("alice")).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn an_exiting_bond_stays_liable_and_only_the_rest_is_claimed() {
    let mut deps = bonded();
    exec(&mut deps, "alice", exit("alice")).unwrap();
    let penalty = ExecuteMsg::Penalise {
        valoper: valoper("alice"),
        amount: Uint128::new(150),
    };
    exec(&mut deps, "oracle", penalty).unwrap();
    let res = exec_later(&mut deps, "alice", EXIT_PERIOD + 1, claim("alice")).unwrap();
    assert_eq!(res.messages, send_to("alice", 250));
}

#[test]
fn a_jailed_or_unbonded_operator_may_leave_too() {
    let mut deps = bonded();
    exec(&mut deps, "dao", jail("bob")).unwrap();
    exec(&mut deps, "bob", exit("bob")).unwrap();
    let res = exec_later(&mut deps, "bob", EXIT_PERIOD, claim("bob")).unwrap();
    // No bond: nothing to pay, but the operator leaves.
    assert!(res.messages.is_empty());
    assert!(!is_registered(&deps, "bob"));
    register_as(&mut deps, "bob", "bob").unwrap();
}
