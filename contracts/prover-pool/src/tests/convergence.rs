use cosmwasm_std::{Decimal, Decimal256, Uint128, Uint256};

use super::Suite;

/// Runs `blocks` blocks, each proven by its prover a minute after proposal, with the
/// given `(name, stake, R)` provers; returns F after each block.
fn simulate(provers: &[(&str, u128, Decimal)], blocks: u64) -> Vec<Decimal256> {
    let mut suite = Suite::with(|config| config.min_stake_per_capacity = Uint128::one());
    suite.deposit("relayer", 1_000_000_000_000);
    suite.fund_reserve(1_000_000_000_000);
    for (name, stake, reward) in provers {
        suite.stake(name, *stake, *reward, 1).unwrap();
    }
    let names: Vec<&str> = provers.iter().map(|(name, ..)| *name).collect();
    let mut path = Vec::with_capacity(blocks as usize);
    for block_id in 0..blocks {
        suite.propose(block_id, 1_000_000).unwrap();
        let prover = suite.assignee(block_id, &names).expect("a prover is free");
        suite.advance(60);
        suite.prove(block_id, prover).unwrap();
        path.push(suite.pool().fee_per_gas);
    }
    assert_eq!(suite.pool().average_proof_delay, 60);
    suite.assert_books();
    path
}

/// Each block moves F by a 1024th of its gap to an R′ within a quarter of F: at most
/// `F/4096`, give or take the atomics lost to rounding.
fn assert_steps_within_a_quarter_of_f(path: &[Decimal256]) {
    for w in path.windows(2) {
        let (a, b) = (w[0].atomics(), w[1].atomics());
        let step = if b > a { b - a } else { a - b };
        assert!(step * Uint256::from(4096u32) <= a + Uint256::from(8192u32));
    }
}

fn f64_of(value: Decimal256) -> f64 {
    value.to_string().parse().unwrap()
}

#[test]
fn f_falls_to_what_provers_ask() {
    let provers = [
        ("alice", 10_000_000, Decimal::permille(20)),
        ("bob", 30_000_000, Decimal::permille(20)),
    ];
    let path = simulate(&provers, 4_000);
    assert!(path.windows(2).all(|w| w[1] <= w[0]), "monotone");
    let last = f64_of(*path.last().unwrap());
    println!(
        "F: 0.025 → {last:.6} toward 0.02 after {} blocks",
        path.len()
    );
    assert!(last > 0.02 && last < 0.02 * 1.01);
}

#[test]
fn f_rises_to_what_provers_ask_at_most_a_quarter_of_f_at_a_time() {
    let provers = [("alice", 10_000_000, Decimal::permille(40))];
    let path = simulate(&provers, 4_000);
    assert!(path.windows(2).all(|w| w[1] >= w[0]), "monotone");
    assert_steps_within_a_quarter_of_f(&path);
    let last = f64_of(*path.last().unwrap());
    println!(
        "F: 0.025 → {last:.6} toward 0.04 after {} blocks",
        path.len()
    );
    assert!(last < 0.04 && last > 0.04 * 0.985);
}

/// The F at which the weighted mean of the provers' R′ is F itself.
fn fixed_point(provers: &[(&str, u128, Decimal)]) -> f64 {
    let mut f = 0.025;
    for _ in 0..10_000 {
        let (mut total, mut mean) = (0.0, 0.0);
        for (_, stake, reward) in provers {
            let r = f64_of(Decimal256::from(*reward)).clamp(0.75 * f, 1.25 * f);
            let weight = *stake as f64 * (f / r).powi(2);
            total += weight;
            mean += weight * r;
        }
        f = (f * 1023.0 + mean / total) / 1024.0;
    }
    f
}

#[test]
fn f_settles_among_mixed_asks_where_the_weighted_ask_meets_it() {
    let provers = [
        ("alice", 10_000_000, Decimal::permille(18)),
        ("bob", 20_000_000, Decimal::permille(20)),
        ("carol", 20_000_000, Decimal::permille(22)),
        ("dave", 40_000_000, Decimal::permille(30)),
    ];
    let path = simulate(&provers, 5_000);
    let tail = &path[4_000..];
    let mean = tail.iter().map(|f| f64_of(*f)).sum::<f64>() / tail.len() as f64;
    let target = fixed_point(&provers);
    println!("F: 0.025 → mean {mean:.6} over the last 1000 blocks; fixed point {target:.6}");
    assert!(mean > 0.018 && mean < 0.03);
    assert!((mean - target).abs() / target < 0.02);
    assert_steps_within_a_quarter_of_f(&path);
}
