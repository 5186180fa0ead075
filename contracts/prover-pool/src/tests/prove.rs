use cosmwasm_std::{coins, Decimal, Decimal256, Uint128};
use cw_utils::PaymentError;
use faro_types::prover_pool::{ExecuteMsg, Outcome, Settlement};

use super::{addr, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;
use crate::query;

const GAS: u64 = 100_000;
/// ⌈0.025 × GAS⌉.
const FEE: u128 = 2_500;
/// Alice's R = 0.02: ⌊0.02 × GAS⌋.
const REWARD: u128 = 2_000;
const STAKE: u128 = 100 * PER_CAPACITY;

/// Alice staked with R = 0.02 and capacity 4, and block 1 is hers. The relayer has
/// deposited for plenty of blocks; the reserve holds 100_000.
fn suite_with_block() -> Suite {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000_000);
    suite.fund_reserve(100_000);
    suite
        .stake("alice", STAKE, Decimal::permille(20), 4)
        .unwrap();
    suite.propose(1, GAS).unwrap();
    assert_eq!(suite.assignee(1, &["alice"]), Some("alice"));
    suite
}

/// Nobody has staked, so block 1 is open. The reserve holds 100_000.
fn suite_with_open_block() -> Suite {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000);
    suite.fund_reserve(100_000);
    suite.propose(1, GAS).unwrap();
    suite
}

/// Block 1's settlement, checked to be `outcome` with `payout` sent to `prover`.
fn settled(suite: &Suite, outcome: Outcome, prover: &str, payout: u128) -> Settlement {
    let settlement = suite.block(1).settlement.unwrap();
    assert_eq!(settlement.outcome, outcome);
    assert_eq!(settlement.payout.u128(), payout);
    assert_eq!(suite.sent_to(prover), payout);
    settlement
}

#[test]
fn a_timely_proof_pays_the_assigned_prover_and_moves_f_and_the_delay() {
    let mut suite = suite_with_block();
    suite.advance(300);
    let res = suite.prove(1, "alice").unwrap();
    assert!(res.attributes.iter().any(|a| a.value == "in_time"));
    let settlement = settled(&suite, Outcome::InTime, "alice", REWARD);
    assert_eq!(settlement.paid.u128(), REWARD);
    assert!(settlement.slashed.is_zero());
    let pool = suite.pool();
    // (0.025·1023 + 0.02)/1024
    assert_eq!(
        pool.fee_per_gas,
        Decimal256::from_ratio(25_575u128 + 20, 1_024_000u128)
    );
    assert_eq!(pool.average_proof_delay, (600 * 15 + 300) / 16);
    // The escrow's surplus joined the reserve.
    assert_eq!(pool.reserve.u128(), 100_000 + FEE - REWARD);
    assert_eq!(suite.record("alice").in_flight, 0);
    assert!(suite.transferred.is_empty(), "nobody slashed");
    suite.assert_books();
}

#[test]
fn within_the_window_only_the_assigned_prover_proves() {
    let mut suite = suite_with_block();
    suite.advance(1200);
    let err = suite.prove(1, "bob").unwrap_err();
    assert_eq!(
        err,
        ContractError::NotAssigned {
            block_id: 1,
            assigned: addr("alice")
        }
    );
    // Exactly at the window's end alice is still in time.
    suite.prove(1, "alice").unwrap();
    assert_eq!(suite.block(1).settlement.unwrap().outcome, Outcome::InTime);
    suite.assert_books();
}

#[test]
fn a_late_proof_pays_the_prover_half_again_and_slashes_the_assigned_one() {
    let mut suite = suite_with_block();
    let before = suite.pool();
    suite.advance(1201);
    suite.prove(1, "carol").unwrap();
    let settlement = settled(&suite, Outcome::Late, "carol", 3 * REWARD / 2);
    assert_eq!(suite.sent_to("alice"), 0);
    // max(5% of the stake, 10 × the reward) = 5% of the stake.
    assert_eq!(settlement.slashed.u128(), STAKE / 20);
    assert_eq!(suite.transferred_to("treasury"), STAKE / 20);
    assert_eq!(suite.record("alice").stake.u128(), STAKE - STAKE / 20);
    let after = suite.pool();
    assert_eq!(after.fee_per_gas, before.fee_per_gas);
    assert_eq!(after.average_proof_delay, before.average_proof_delay);
    suite.assert_books();
}

#[test]
fn the_assigned_prover_proving_late_gets_no_bonus() {
    let mut suite = suite_with_block();
    suite.advance(5_000);
    suite.prove(1, "alice").unwrap();
    let settlement = settled(&suite, Outcome::Late, "alice", REWARD);
    assert_eq!(settlement.slashed.u128(), STAKE / 20);
    suite.assert_books();
}

#[test]
fn an_open_block_pays_anyone_half_again_at_f() {
    let mut suite = suite_with_open_block();
    assert_eq!(suite.pool().open_blocks, 1);
    suite.advance(10_000);
    suite.prove(1, "carol").unwrap();
    let settlement = settled(&suite, Outcome::Open, "carol", 3 * FEE / 2);
    assert!(settlement.slashed.is_zero());
    assert_eq!(suite.pool().open_blocks, 0);
    assert_eq!(suite.pool().reserve.u128(), 100_000 - FEE / 2);
    suite.assert_books();
}

/// Proves `block_id` again, by its assigned prover and by another, and checks that both
/// are refused and that no coin, stake, debt, record or figure moved.
fn assert_settled_once(suite: &mut Suite) {
    let sent = suite.sent.clone();
    let transferred = suite.transferred.clone();
    let pool = suite.pool();
    let debts = query::debts(suite.deps.as_ref(), None, Some(100)).unwrap();
    let records = query::provers(suite.deps.as_ref(), None, Some(100)).unwrap();
    let block = suite.block(1);
    assert!(block.settlement.is_some());
    for again in ["alice", "carol"] {
        suite.advance(10);
        assert_eq!(
            suite.refuse("relayer", &[], prove_msg(1, again, suite.now)),
            ContractError::BlockSettled { block_id: 1 }
        );
    }
    assert_eq!(suite.sent, sent);
    assert_eq!(suite.transferred, transferred);
    assert_eq!(suite.pool(), pool);
    assert_eq!(
        query::debts(suite.deps.as_ref(), None, Some(100)).unwrap(),
        debts
    );
    assert_eq!(
        query::provers(suite.deps.as_ref(), None, Some(100)).unwrap(),
        records
    );
    assert_eq!(suite.block(1), block);
    suite.assert_books();
}

fn prove_msg(block_id: u64, prover: &str, proven_at: u64) -> ExecuteMsg {
    ExecuteMsg::ProveBlock {
        block_id,
        prover: addr(prover).to_string(),
        proven_at,
    }
}

#[test]
fn every_path_settles_and_pays_exactly_once() {
    // (who proves, seconds after the proposal, expected outcome)
    let paths = [
        ("alice", 60, Outcome::InTime),
        ("carol", 4_000, Outcome::Late),
        ("alice", 4_000, Outcome::Late),
    ];
    for (prover, after, outcome) in paths {
        let mut suite = suite_with_block();
        suite.advance(after);
        suite.prove(1, prover).unwrap();
        assert_eq!(suite.block(1).settlement.unwrap().outcome, outcome);
        assert_settled_once(&mut suite);
    }

    // Open.
    let mut suite = suite_with_open_block();
    suite.prove(1, "carol").unwrap();
    assert_eq!(suite.sent_to("carol"), 3 * FEE / 2);
    assert_settled_once(&mut suite);

    // A payout beyond the escrow, with no reserve: the rest became a debt, owed once.
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000);
    let high = Decimal::from_ratio(125u128, 4000u128);
    suite.stake("alice", STAKE, high, 4).unwrap();
    suite.propose(1, GAS).unwrap();
    suite.prove(1, "alice").unwrap();
    let settlement = suite.block(1).settlement.unwrap();
    assert_eq!(
        (settlement.payout.u128(), settlement.paid.u128()),
        (3_125, FEE)
    );
    assert_eq!(suite.pool().owed.u128(), 3_125 - FEE);
    assert_settled_once(&mut suite);

    // The assigned record is exiting: slashed once.
    let mut suite = suite_with_block();
    suite.exec("alice", ExecuteMsg::Unstake {}).unwrap();
    suite.advance(4_000);
    suite.prove(1, "carol").unwrap();
    assert_eq!(suite.transferred_to("treasury"), STAKE / 20);
    assert_settled_once(&mut suite);

    // The assigned record is gone, slashed to zero by another block: nobody is slashed.
    let mut suite = Suite::funded_with_prover("alice", 2 * PER_CAPACITY, Decimal::permille(20), 2);
    suite.propose_each(1..=2, 100_000_000);
    suite.advance(4_000);
    suite.prove(2, "carol").unwrap();
    assert!(suite.prover("alice").is_none());
    suite.prove(1, "carol").unwrap();
    assert!(suite.block(1).settlement.unwrap().slashed.is_zero());
    assert_eq!(suite.transferred_to("treasury"), 2 * PER_CAPACITY);
    assert_settled_once(&mut suite);
}

#[test]
fn malformed_proofs_are_refused() {
    let mut suite = suite_with_block();
    let proposed_at = suite.now;
    suite.advance(100);
    assert_eq!(
        suite.prove(9, "alice").unwrap_err(),
        ContractError::UnknownBlock { block_id: 9 }
    );
    assert_eq!(
        suite.prove_at(1, "alice", proposed_at - 1).unwrap_err(),
        ContractError::ProofBeforeProposal {
            proven_at: proposed_at - 1,
            proposed_at
        }
    );
    assert_eq!(
        suite.prove_at(1, "alice", suite.now + 1).unwrap_err(),
        ContractError::ProofInFuture {
            proven_at: suite.now + 1,
            now: suite.now
        }
    );
    let by_mallory = ExecuteMsg::ProveBlock {
        block_id: 1,
        prover: addr("alice").to_string(),
        proven_at: suite.now,
    };
    assert_eq!(
        suite.exec("mallory", by_mallory.clone()).unwrap_err(),
        ContractError::NotReporter {
            sender: addr("mallory")
        }
    );
    assert_eq!(
        suite
            .exec_funds("relayer", &coins(1, DENOM), by_mallory)
            .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    let bad_prover = ExecuteMsg::ProveBlock {
        block_id: 1,
        prover: "Not An Address".to_string(),
        proven_at: suite.now,
    };
    assert!(matches!(
        suite.exec("relayer", bad_prover).unwrap_err(),
        ContractError::Std(_)
    ));
    assert!(suite.block(1).settlement.is_none());
    // The owner stands in for the relayer.
    let by_owner = ExecuteMsg::ProveBlock {
        block_id: 1,
        prover: addr("alice").to_string(),
        proven_at: proposed_at,
    };
    suite.exec("dao", by_owner).unwrap();
    assert_eq!(suite.sent_to("alice"), REWARD);
    assert_eq!(suite.pool().reserve, Uint128::new(100_000 + FEE - REWARD));
    suite.assert_books();
}
