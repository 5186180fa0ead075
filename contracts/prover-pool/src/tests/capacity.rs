use cosmwasm_std::Decimal;
use faro_types::prover_pool::{ExecuteMsg, PARAMS_COOLDOWN};

use super::{f0, Suite, PER_CAPACITY};

#[test]
fn capacity_is_taken_by_assignment_and_given_back_by_settlement() {
    let mut suite = Suite::funded_with_prover("alice", 2 * PER_CAPACITY, f0(), 2);
    suite.propose_each(1..=2, 1_000);
    let alice = suite.prover("alice").unwrap();
    assert_eq!((alice.prover.in_flight, alice.available), (2, 0));
    assert!(alice.weight.is_zero(), "no capacity, no weight");
    suite.propose(3, 1_000).unwrap();
    assert!(suite.block(3).assigned.is_none(), "full: the block is open");

    suite.advance(60);
    suite.prove(1, "alice").unwrap();
    assert_eq!(suite.prover("alice").unwrap().available, 1);
    suite.propose(4, 1_000).unwrap();
    assert_eq!(suite.assignee(4, &["alice"]), Some("alice"));

    // A late settlement gives the unit back too.
    suite.advance(5_401);
    suite.prove(2, "carol").unwrap();
    let alice = suite.prover("alice").unwrap();
    assert_eq!((alice.prover.in_flight, alice.available), (1, 1));
    suite.prove(4, "carol").unwrap();
    let alice = suite.prover("alice").unwrap();
    assert_eq!((alice.prover.in_flight, alice.available), (0, 2));
    suite.assert_books();
}

#[test]
fn blocks_beyond_a_provers_capacity_go_to_the_others_then_open() {
    let mut suite = Suite::funded_with_prover("alice", 1_000 * PER_CAPACITY, f0(), 1);
    suite.stake("bob", 3 * PER_CAPACITY, f0(), 3).unwrap();
    let names = ["alice", "bob"];
    let mut counts = [0, 0, 0];
    for block_id in 1..=6 {
        suite.propose(block_id, 1_000).unwrap();
        match suite.assignee(block_id, &names) {
            Some("alice") => counts[0] += 1,
            Some(_) => counts[1] += 1,
            None => counts[2] += 1,
        }
    }
    assert_eq!(counts, [1, 3, 2]);
    assert_eq!(suite.pool().open_blocks, 2);
    suite.assert_books();
}

#[test]
fn a_capacity_lowered_below_the_blocks_in_flight_leaves_none_until_they_settle() {
    let mut suite = Suite::funded_with_prover("alice", 3 * PER_CAPACITY, f0(), 3);
    suite.propose_each(1..=3, 1_000);
    suite.advance(PARAMS_COOLDOWN);
    suite
        .exec(
            "alice",
            ExecuteMsg::UpdateParams {
                reward_per_gas: f0(),
                capacity: 1,
            },
        )
        .unwrap();
    let alice = suite.prover("alice").unwrap();
    assert_eq!((alice.prover.in_flight, alice.available), (3, 0));
    for (block_id, available) in [(1, 0), (2, 0), (3, 1)] {
        suite.prove(block_id, "carol").unwrap();
        assert_eq!(suite.prover("alice").unwrap().available, available);
    }
    suite.assert_books();
}

/// A deterministic stream of numbers for scripted runs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % bound
    }
}

#[test]
fn capacity_stays_within_bounds_over_a_scripted_run() {
    let mut suite = Suite::funded();
    let names = ["alice", "bob", "carol"];
    for (i, name) in names.iter().enumerate() {
        let capacity = i as u32 + 1;
        let reward = Decimal::permille(20 + 5 * i as u64);
        suite
            .stake(name, capacity as u128 * 2 * PER_CAPACITY, reward, capacity)
            .unwrap();
    }
    let mut rng = Lcg(7);
    let mut next_block = 1;
    let mut unsettled: Vec<u64> = vec![];
    for _ in 0..300 {
        suite.advance(30);
        if unsettled.is_empty() || rng.next(2) == 0 {
            if suite.propose(next_block, 10_000 + rng.next(90_000)).is_ok() {
                unsettled.push(next_block);
            }
            next_block += 1;
        } else {
            let block_id = unsettled.swap_remove(rng.next(unsettled.len() as u64) as usize);
            let block = suite.block(block_id);
            let late = suite.now - block.proposed_at > block.window;
            let prover = match (block.assigned, late) {
                (Some(assignment), false) => names
                    .iter()
                    .copied()
                    .find(|n| super::addr(n) == assignment.prover)
                    .unwrap(),
                _ => "dave",
            };
            suite.prove(block_id, prover).unwrap();
        }
        for name in names {
            if let Some(prover) = suite.prover(name) {
                assert!(prover.available <= prover.prover.capacity);
                assert_eq!(
                    prover.available,
                    prover
                        .prover
                        .capacity
                        .saturating_sub(prover.prover.in_flight)
                );
            }
        }
        suite.assert_books();
    }
    assert!(next_block > 100, "the run proposed blocks");
}
