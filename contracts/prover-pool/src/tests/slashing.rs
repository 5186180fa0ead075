use cosmwasm_std::{Decimal, Timestamp};
use faro_types::prover_pool::{ExecuteMsg, ProverStatus, EXIT_DELAY};

use super::{addr, Suite, PER_CAPACITY};
use crate::error::ContractError;

/// R = 0.02: a block of `gas` rewards `gas / 50`.
fn r() -> Decimal {
    Decimal::permille(20)
}

/// Proposes `block_id` and proves it late by carol; returns the stake slashed.
fn miss(suite: &mut Suite, block_id: u64) -> u128 {
    suite.advance(5_401);
    suite.prove(block_id, "carol").unwrap();
    suite.block(block_id).settlement.unwrap().slashed.u128()
}

#[test]
fn a_slash_is_a_fraction_of_stake_or_a_multiple_of_the_reward_whichever_is_more() {
    // (stake, gas, expected slash): 5% of the stake; 10 × the reward; capped at the stake.
    let cases = [
        (100 * PER_CAPACITY, 100_000, 5 * PER_CAPACITY),
        (2 * PER_CAPACITY, 1_000_000, 200_000),
        (2 * PER_CAPACITY, 100_000_000, 2 * PER_CAPACITY),
    ];
    for (stake, gas, expected) in cases {
        let mut suite = Suite::funded_with_prover("alice", stake, r(), 1);
        suite.propose(1, gas).unwrap();
        assert_eq!(miss(&mut suite, 1), expected, "stake {stake}, gas {gas}");
        assert_eq!(suite.transferred_to("treasury"), expected);
        suite.assert_books();
    }
}

#[test]
fn a_prover_slashed_below_its_minimum_moves_to_the_exit_queue() {
    let mut suite = Suite::funded_with_prover("alice", 2 * PER_CAPACITY, r(), 2);
    suite.stake("bob", 2 * PER_CAPACITY, r(), 2).unwrap();
    // Each has room for two blocks, so one of the first three is alice's.
    let alices = (1..=3)
        .find(|&block_id| {
            suite.propose(block_id, 1_000_000).unwrap();
            suite.assignee(block_id, &["alice"]).is_some()
        })
        .unwrap();
    let slashed = miss(&mut suite, alices);
    assert_eq!(slashed, 200_000);
    let alice = suite.prover("alice").unwrap();
    assert_eq!(alice.prover.stake.u128(), 2 * PER_CAPACITY - slashed);
    assert_eq!(
        alice.prover.status,
        ProverStatus::Exiting {
            unlock_at: Timestamp::from_seconds(suite.now + EXIT_DELAY)
        }
    );
    assert!(alice.weight.is_zero());
    assert_eq!(suite.active(), vec![addr("bob")]);
    suite.assert_books();

    // No new block goes to alice; she withdraws what is left after the delay.
    suite.propose(100, 1_000).unwrap();
    assert_ne!(suite.assignee(100, &["alice", "bob"]), Some("alice"));
    suite.advance(EXIT_DELAY);
    suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(suite.transferred_to("alice"), 2 * PER_CAPACITY - slashed);
    suite.assert_books();
}

#[test]
fn a_prover_slashed_to_zero_leaves_cleanly() {
    let mut suite = Suite::funded_with_prover("alice", 2 * PER_CAPACITY, r(), 2);
    suite.propose_each(1..=2, 100_000_000);
    assert_eq!(suite.record("alice").in_flight, 2);

    assert_eq!(miss(&mut suite, 1), 2 * PER_CAPACITY);
    assert!(suite.prover("alice").is_none(), "no empty record");
    assert!(suite.active().is_empty());
    assert_eq!(suite.pool().total_stake.u128(), 0);
    suite.assert_books();

    // Her other block still settles: carol is paid, there is nothing left to slash.
    assert_eq!(miss(&mut suite, 2), 0);
    assert_eq!(suite.transferred_to("treasury"), 2 * PER_CAPACITY);
    assert_eq!(suite.sent_to("carol"), 2 * 3_000_000);
    // The next block is open; nothing refers to alice any more.
    suite.propose(3, 1_000).unwrap();
    assert!(suite.block(3).assigned.is_none());
    let err = suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownProver {
            address: addr("alice")
        }
    );
    suite.assert_books();
}

#[test]
fn a_slashed_prover_above_its_minimum_stays_active() {
    let mut suite = Suite::funded_with_prover("alice", 100 * PER_CAPACITY, r(), 2);
    suite.propose(1, 100_000).unwrap();
    assert_eq!(miss(&mut suite, 1), 5 * PER_CAPACITY);
    let alice = suite.record("alice");
    assert_eq!(alice.status, ProverStatus::Active);
    assert_eq!(alice.stake.u128(), 95 * PER_CAPACITY);
    assert_eq!(alice.in_flight, 0);
    suite.assert_books();
}

#[test]
fn an_exiting_prover_slashed_to_zero_has_nothing_to_withdraw() {
    let mut suite = Suite::funded_with_prover("alice", PER_CAPACITY, r(), 1);
    suite.propose(1, 100_000_000).unwrap();
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    assert_eq!(miss(&mut suite, 1), PER_CAPACITY);
    assert!(suite.prover("alice").is_none());
    suite.advance(EXIT_DELAY);
    assert!(matches!(
        suite.exec("alice", ExecuteMsg::Withdraw {}).unwrap_err(),
        ContractError::UnknownProver { .. }
    ));
    suite.assert_books();
}
