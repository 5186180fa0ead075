use cosmwasm_std::{coins, Decimal, Timestamp, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::prover_pool::{ExecuteMsg, PARAMS_COOLDOWN};

use super::{addr, f0, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;

fn update(reward_per_gas: Decimal, capacity: u32) -> ExecuteMsg {
    ExecuteMsg::UpdateParams {
        reward_per_gas,
        capacity,
    }
}

#[test]
fn parameters_change_at_most_once_a_day() {
    let mut suite = Suite::new();
    let staked_at = suite.now;
    suite.stake("alice", 4 * PER_CAPACITY, f0(), 2).unwrap();

    suite.advance(PARAMS_COOLDOWN - 1);
    let err = suite
        .exec("alice", update(Decimal::permille(20), 4))
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::ParamsCooldown {
            next_at: Timestamp::from_seconds(staked_at + PARAMS_COOLDOWN)
        }
    );

    suite.advance(1);
    suite
        .exec("alice", update(Decimal::permille(20), 4))
        .unwrap();
    let alice = suite.record("alice");
    assert_eq!(alice.reward_per_gas, Decimal::permille(20));
    assert_eq!(alice.capacity, 4);
    assert_eq!(alice.params_set_at.seconds(), suite.now);

    suite.advance(PARAMS_COOLDOWN / 2);
    let err = suite.exec("alice", update(f0(), 4)).unwrap_err();
    assert!(matches!(err, ContractError::ParamsCooldown { .. }));
    // A top-up is not a change of parameters and needs no wait, but must use the new ones.
    suite.stake("alice", 1, Decimal::permille(20), 4).unwrap();
    suite.assert_books();
}

#[test]
fn new_parameters_must_be_valid_and_covered() {
    let mut suite = Suite::new();
    suite.stake("alice", 2 * PER_CAPACITY, f0(), 2).unwrap();
    suite.advance(PARAMS_COOLDOWN);
    let err = suite.exec("alice", update(f0(), 3)).unwrap_err();
    assert_eq!(
        err,
        ContractError::StakeBelowMinimum {
            stake: Uint128::new(2 * PER_CAPACITY),
            minimum: Uint128::new(3 * PER_CAPACITY),
        }
    );
    let err = suite.exec("alice", update(Decimal::zero(), 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero {
            field: "reward_per_gas"
        })
    );
    let err = suite.exec("alice", update(f0(), 0)).unwrap_err();
    assert!(matches!(err, ContractError::Bound(_)));
    let err = suite
        .exec_funds("alice", &coins(1, DENOM), update(f0(), 1))
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    let alice = suite.record("alice");
    assert_eq!((alice.reward_per_gas, alice.capacity), (f0(), 2));
}

#[test]
fn only_an_active_prover_updates() {
    let mut suite = Suite::new();
    let err = suite.exec("bob", update(f0(), 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownProver {
            address: addr("bob")
        }
    );
    suite.stake("bob", PER_CAPACITY, f0(), 1).unwrap();
    suite.exec("bob", ExecuteMsg::Unstake {}).unwrap();
    suite.advance(PARAMS_COOLDOWN);
    let err = suite.exec("bob", update(f0(), 1)).unwrap_err();
    assert_eq!(
        err,
        ContractError::ProverExiting {
            address: addr("bob")
        }
    );
}

#[test]
fn a_new_reward_per_gas_moves_the_weight() {
    let mut suite = Suite::new();
    suite.stake("alice", 9 * PER_CAPACITY, f0(), 1).unwrap();
    assert_eq!(
        suite.prover("alice").unwrap().weight,
        cosmwasm_std::Uint256::from(9 * PER_CAPACITY)
    );
    suite.advance(PARAMS_COOLDOWN);
    // R = 1.2F: weight A/1.44.
    suite
        .exec("alice", update(Decimal::permille(30), 1))
        .unwrap();
    assert_eq!(
        suite.prover("alice").unwrap().weight,
        cosmwasm_std::Uint256::from(6_250_000u128)
    );
}
