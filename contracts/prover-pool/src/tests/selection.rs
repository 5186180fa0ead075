use std::time::Instant;

use cosmwasm_std::{Decimal, Decimal256, Uint128, Uint256};

use super::{f0, Suite};
use crate::math;

/// Provers with unit-sized stake requirements, so capacity never runs out in a long run.
fn roomy() -> Suite {
    let mut suite = Suite::with(|config| config.min_stake_per_capacity = Uint128::one());
    suite.deposit("relayer", 1_000_000_000_000);
    suite
}

#[test]
fn assignment_frequencies_match_the_weights() {
    const BLOCKS: u64 = 20_000;
    let mut suite = roomy();
    // (name, stake, R): R′ = 0.02, 0.025, 0.03 and 0.05 clamped to 0.03125.
    let provers = [
        ("alice", 10_000_000u128, Decimal::permille(20)),
        ("bob", 20_000_000, Decimal::permille(25)),
        ("carol", 30_000_000, Decimal::permille(30)),
        ("dave", 40_000_000, Decimal::permille(50)),
    ];
    for (name, stake, reward) in provers {
        suite.stake(name, stake, reward, BLOCKS as u32).unwrap();
    }
    let weights: Vec<Uint256> = provers
        .iter()
        .map(|(name, ..)| suite.prover(name).unwrap().weight)
        .collect();
    let total = math::total_weight(&weights).unwrap();
    let names: Vec<&str> = provers.iter().map(|(name, ..)| *name).collect();

    let started = Instant::now();
    let mut counts = [0u64; 4];
    for block_id in 0..BLOCKS {
        suite.propose(block_id, 1_000).unwrap();
        let assignee = suite.assignee(block_id, &names).expect("capacity to spare");
        counts[names.iter().position(|n| *n == assignee).unwrap()] += 1;
    }
    for (i, name) in names.iter().enumerate() {
        let share = weights[i].u128_lossy() as f64 / total.u128_lossy() as f64;
        let expected = share * BLOCKS as f64;
        let sigma = (BLOCKS as f64 * share * (1.0 - share)).sqrt();
        let deviation = (counts[i] as f64 - expected) / sigma;
        println!(
            "{name}: weight share {share:.4}, expected {expected:.0}, got {}, {deviation:+.2}σ",
            counts[i]
        );
        assert!(deviation.abs() < 4.0, "{name} off by {deviation:.2}σ");
    }
    println!("{BLOCKS} proposals in {:?}", started.elapsed());
    // Nothing was proven, so F and the weights stayed as they were.
    assert_eq!(suite.pool().fee_per_gas, Decimal256::from(f0()));
}

trait Lossy {
    fn u128_lossy(&self) -> u128;
}

impl Lossy for Uint256 {
    fn u128_lossy(&self) -> u128 {
        Uint128::try_from(*self).unwrap().u128()
    }
}

#[test]
fn a_tiny_reward_per_gas_wins_no_more_than_three_quarters_of_f() {
    let mut suite = roomy();
    let stake = 9_000_000u128;
    suite.stake("greedy", stake, Decimal::raw(1), 10).unwrap();
    suite
        .stake("floor", stake, Decimal::from_ratio(75u128, 4000u128), 10)
        .unwrap();
    suite.stake("fair", stake, f0(), 10).unwrap();
    let greedy = suite.prover("greedy").unwrap().weight;
    assert_eq!(greedy, suite.prover("floor").unwrap().weight);
    // (F / 0.75F)² = 16/9 of the stake, and no more.
    assert_eq!(greedy, Uint256::from(16_000_000u128));
    assert_eq!(suite.prover("fair").unwrap().weight, Uint256::from(stake));

    // Its pay is at 0.75F too, not at the R it asked.
    let greedy_block = (0..100)
        .find(|&id| {
            suite.propose(id, 100_000).unwrap();
            suite.assignee(id, &["greedy"]).is_some()
        })
        .unwrap();
    assert_eq!(
        suite.block(greedy_block).reward_per_gas,
        Decimal256::from_ratio(75u128, 4000u128)
    );
    suite.prove(greedy_block, "greedy").unwrap();
    assert_eq!(suite.sent_to("greedy"), 1_875);
}
