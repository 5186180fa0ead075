use cosmwasm_std::{coins, Timestamp};
use cw_utils::PaymentError;
use faro_types::prover_pool::{ExecuteMsg, ProverStatus, EXIT_DELAY};

use super::{addr, f0, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;

#[test]
fn unstake_queues_the_whole_stake_for_a_week() {
    let mut suite = Suite::new();
    suite.stake("alice", 3 * PER_CAPACITY, f0(), 2).unwrap();
    let res = suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    let unlock_at = suite.now + EXIT_DELAY;
    assert!(res
        .attributes
        .iter()
        .any(|a| a.key == "unlock_at" && a.value == unlock_at.to_string()));
    let alice = suite.prover("alice").unwrap();
    assert_eq!(
        alice.prover.status,
        ProverStatus::Exiting {
            unlock_at: Timestamp::from_seconds(unlock_at)
        }
    );
    assert!(alice.weight.is_zero());
    assert!(suite.active().is_empty());
    assert_eq!(suite.pool().total_stake.u128(), 3 * PER_CAPACITY);
    suite.assert_books();

    let err = suite.exec("alice", ExecuteMsg::Unstake {}).unwrap_err();
    assert_eq!(
        err,
        ContractError::ProverExiting {
            address: addr("alice")
        }
    );
}

#[test]
fn withdraw_waits_for_the_unlock() {
    let mut suite = Suite::new();
    suite.stake("alice", 3 * PER_CAPACITY, f0(), 2).unwrap();
    let err = suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotExiting {
            address: addr("alice")
        }
    );
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    let unlock_at = Timestamp::from_seconds(suite.now + EXIT_DELAY);
    suite.advance(EXIT_DELAY - 1);
    let err = suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap_err();
    assert_eq!(err, ContractError::ExitLocked { unlock_at });

    suite.advance(1);
    let err = suite
        .exec_funds("alice", &coins(1, DENOM), ExecuteMsg::Withdraw {})
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(suite.transferred_to("alice"), 3 * PER_CAPACITY);
    assert!(suite.prover("alice").is_none());
    assert!(suite.pool().total_stake.is_zero());
    suite.assert_books();

    let err = suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownProver {
            address: addr("alice")
        }
    );
    let err = suite.exec("alice", ExecuteMsg::Unstake {}).unwrap_err();
    assert!(matches!(err, ContractError::UnknownProver { .. }));
}

#[test]
fn an_exiting_prover_gets_no_blocks_but_answers_for_its_own() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000_000);
    suite.stake("alice", 4 * PER_CAPACITY, f0(), 2).unwrap();
    suite.propose(1, 100_000).unwrap();
    assert_eq!(suite.assignee(1, &["alice"]), Some("alice"));
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();

    suite.propose(2, 100_000).unwrap();
    assert!(suite.block(2).assigned.is_none(), "open: nobody active");

    // Block 1 is proven late by someone else: alice, exiting, is still slashed.
    suite.advance(1201);
    suite.prove(1, "carol").unwrap();
    let slashed = suite.block(1).settlement.unwrap().slashed;
    assert!(!slashed.is_zero());
    assert_eq!(suite.transferred_to("treasury"), slashed.u128());
    let alice = suite.record("alice");
    assert_eq!(alice.stake.u128(), 4 * PER_CAPACITY - slashed.u128());
    assert_eq!(alice.in_flight, 0);
    suite.assert_books();

    suite.advance(EXIT_DELAY);
    suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(
        suite.transferred_to("alice"),
        4 * PER_CAPACITY - slashed.u128()
    );
    suite.assert_books();
}

#[test]
fn a_block_of_a_withdrawn_record_never_touches_the_next_one() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000_000);
    suite.stake("alice", 2 * PER_CAPACITY, f0(), 2).unwrap();
    suite.propose(1, 100_000).unwrap();
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    suite.advance(EXIT_DELAY);
    suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap();

    // Alice comes back: a new record, with nothing in flight.
    suite.stake("alice", 2 * PER_CAPACITY, f0(), 2).unwrap();
    let alice = suite.record("alice");
    assert_eq!((alice.record, alice.in_flight), (1, 0));

    // Her old block is proven late by carol: carol is paid; the new record is untouched.
    suite.prove(1, "carol").unwrap();
    let settlement = suite.block(1).settlement.unwrap();
    assert!(settlement.slashed.is_zero());
    assert_eq!(suite.record("alice"), alice);
    assert_eq!(suite.sent_to("carol"), settlement.paid.u128());
    suite.assert_books();
}
