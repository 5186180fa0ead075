use cosmwasm_std::{coins, Timestamp};
use cw_utils::PaymentError;
use faro_types::prover_pool::{ExecuteMsg, ProverStatus, EXIT_DELAY};

use super::{addr, f0, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;

/// A funded pool where alice, staked `stake` with capacity 2, has asked to exit with
/// blocks 1 and 2, of `gas_used` each, still in flight.
fn exiting_with_two_blocks(stake: u128, gas_used: u64) -> Suite {
    let mut suite = Suite::funded_with_prover("alice", stake, f0(), 2);
    suite.propose_each(1..=2, gas_used);
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    suite
}

#[test]
fn unstake_queues_the_whole_stake_for_a_week() {
    let mut suite = Suite::with_prover("alice", 3 * PER_CAPACITY, f0(), 2);
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
    let mut suite = Suite::with_prover("alice", 3 * PER_CAPACITY, f0(), 2);
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
    let mut suite = Suite::funded_with_prover("alice", 4 * PER_CAPACITY, f0(), 2);
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
fn a_prover_with_blocks_in_flight_cannot_withdraw() {
    let mut suite = exiting_with_two_blocks(4 * PER_CAPACITY, 100_000);
    // Block 1 is proven in time; block 2 is still out when the exit delay ends.
    suite.advance(60);
    suite.prove(1, "alice").unwrap();
    suite.advance(EXIT_DELAY);
    let err = suite.refuse("alice", &[], ExecuteMsg::Withdraw {});
    assert_eq!(
        err,
        ContractError::BlocksInFlight {
            address: addr("alice"),
            in_flight: 1,
        }
    );
    assert_eq!(suite.transferred_to("alice"), 0);

    // The late proof finds her stake still there and slashes it.
    suite.prove(2, "carol").unwrap();
    let slashed = suite.block(2).settlement.unwrap().slashed.u128();
    assert_eq!(slashed, PER_CAPACITY / 5, "5% of the stake");
    assert_eq!(suite.transferred_to("treasury"), slashed);
    suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(suite.transferred_to("alice"), 4 * PER_CAPACITY - slashed);
    assert!(suite.prover("alice").is_none());
    suite.assert_books();
}

#[test]
fn a_block_of_a_removed_record_never_touches_the_next_one() {
    // Each block's reward is 2_500_000: ten times it takes any stake of hers.
    let mut suite = exiting_with_two_blocks(2 * PER_CAPACITY, 100_000_000);
    suite.advance(EXIT_DELAY);
    assert!(matches!(
        suite.refuse("alice", &[], ExecuteMsg::Withdraw {}),
        ContractError::BlocksInFlight { in_flight: 2, .. }
    ));

    // Block 1, proven late by carol, slashes her whole stake: the record is gone.
    suite.prove(1, "carol").unwrap();
    assert_eq!(
        suite.block(1).settlement.unwrap().slashed.u128(),
        2 * PER_CAPACITY
    );
    assert!(suite.prover("alice").is_none());

    // Alice comes back: a new record, with nothing in flight.
    suite.stake("alice", 2 * PER_CAPACITY, f0(), 2).unwrap();
    let alice = suite.record("alice");
    assert_eq!((alice.record, alice.in_flight), (1, 0));

    // Her old block 2 is proven late by carol: carol is paid; the new record is untouched.
    suite.prove(2, "carol").unwrap();
    let settlement = suite.block(2).settlement.unwrap();
    assert!(settlement.slashed.is_zero());
    assert_eq!(suite.record("alice"), alice);
    assert_eq!(suite.transferred_to("treasury"), 2 * PER_CAPACITY);
    let paid: u128 = [1, 2]
        .iter()
        .map(|&id| suite.block(id).settlement.unwrap().paid.u128())
        .sum();
    assert_eq!(suite.sent_to("carol"), paid);
    suite.assert_books();
}
