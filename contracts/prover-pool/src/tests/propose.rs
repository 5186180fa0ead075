use cosmwasm_std::{coin, coins, Decimal, Decimal256, HexBinary, Uint128};
use cw_utils::PaymentError;
use faro_types::prover_pool::{ExecuteMsg, MAX_PROOF_WINDOW, MIN_PROOF_WINDOW};

use super::{addr, f0, parent_hash, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;
use crate::math;

fn propose_msg(block_id: u64, gas_used: u64) -> ExecuteMsg {
    ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: parent_hash(block_id),
        gas_used,
    }
}

#[test]
fn a_block_escrows_its_fee_and_goes_to_a_prover() {
    let mut suite = Suite::with_prover("alice", 2 * PER_CAPACITY, Decimal::permille(20), 2);
    // ⌈0.025 × 100_001⌉ = 2501.
    let res = suite
        .exec_funds("relayer", &coins(2501, DENOM), propose_msg(7, 100_001))
        .unwrap();
    assert_eq!(res.attributes[0].value, "propose_block");
    let block = suite.block(7);
    assert_eq!(block.fee, Uint128::new(2501));
    assert_eq!(block.proposer, addr("relayer"));
    assert_eq!(block.proposed_at, suite.now);
    assert_eq!(block.window, 1200);
    let assignment = block.assigned.unwrap();
    assert_eq!((assignment.prover, assignment.record), (addr("alice"), 0));
    // R′ is alice's R, fixed with F at assignment.
    assert_eq!(block.reward_per_gas, Decimal256::permille(20));
    assert_eq!(suite.record("alice").in_flight, 1);
    assert_eq!(suite.pool().escrowed.u128(), 2501);
    assert!(suite.pool().deposits.is_zero());
    suite.assert_books();
}

#[test]
fn the_fee_comes_from_attached_coins_and_the_deposit() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000);
    // Needs 2500: 1000 deposited and 2000 attached; 500 stays deposited.
    suite
        .exec_funds("relayer", &coins(2_000, DENOM), propose_msg(1, 100_000))
        .unwrap();
    assert_eq!(suite.pool().deposits.u128(), 500);
    let err = suite
        .exec_funds("relayer", &coins(1_999, DENOM), propose_msg(2, 100_000))
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::InsufficientFees {
            needed: Uint128::new(2_500),
            available: Uint128::new(2_499),
        }
    );
    let err = suite
        .exec_funds("relayer", &coins(5_000, "uosmo"), propose_msg(2, 100_000))
        .unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
    let err = suite
        .exec_funds(
            "relayer",
            &[coin(5_000, DENOM), coin(1, "uosmo")],
            propose_msg(2, 100_000),
        )
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::MultipleDenoms {}));
    assert!(crate::query::block(suite.deps.as_ref(), 2)
        .unwrap()
        .is_none());
    suite.assert_books();
}

#[test]
fn only_the_relayer_or_the_owner_proposes() {
    let mut suite = Suite::new();
    suite.deposit("mallory", 1_000_000);
    let err = suite.exec("mallory", propose_msg(1, 10)).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotReporter {
            sender: addr("mallory")
        }
    );
    suite.deposit("dao", 1_000_000);
    suite.exec("dao", propose_msg(1, 10)).unwrap();
    assert_eq!(suite.block(1).proposer, addr("dao"));
    suite.assert_books();
}

#[test]
fn malformed_and_replayed_proposals_are_refused() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000);
    assert_eq!(suite.propose(1, 0).unwrap_err(), ContractError::ZeroGas);
    let short = ExecuteMsg::ProposeBlock {
        block_id: 1,
        parent_hash: HexBinary::from(vec![1u8; 31]),
        gas_used: 10,
    };
    assert_eq!(
        suite.exec("relayer", short).unwrap_err(),
        ContractError::InvalidParentHash { length: 31 }
    );
    suite.propose(1, 10).unwrap();
    assert_eq!(
        suite.propose(1, 10).unwrap_err(),
        ContractError::BlockExists { block_id: 1 }
    );
    suite.assert_books();
}

#[test]
fn assignment_follows_the_block_hash() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000_000);
    let names = ["alice", "bob", "carol"];
    for (i, name) in names.iter().enumerate() {
        suite
            .stake(name, (i as u128 + 1) * 10 * PER_CAPACITY, f0(), 10)
            .unwrap();
    }
    // The set's order is the join order. Thirty blocks fill every capacity; the rest are
    // open, up to the limit.
    for block_id in 1..=34 {
        let weights: Vec<cosmwasm_std::Uint256> = names
            .iter()
            .map(|name| suite.prover(name).unwrap().weight)
            .collect();
        suite.propose(block_id, 1_000).unwrap();
        let expected = math::select(&weights, math::seed(&parent_hash(block_id), block_id))
            .unwrap()
            .map(|i| names[i]);
        assert_eq!(suite.assignee(block_id, &names), expected);
    }
    assert_eq!(suite.pool().open_blocks, 4);
    suite.assert_books();
}

#[test]
fn without_weight_blocks_are_open_up_to_the_limit() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000);
    for block_id in 1..=4 {
        suite.propose(block_id, 100).unwrap();
        let block = suite.block(block_id);
        assert!(block.assigned.is_none());
        assert_eq!(block.reward_per_gas, Decimal256::from(f0()), "R′ = F");
    }
    assert_eq!(suite.pool().open_blocks, 4);
    assert_eq!(
        suite.propose(5, 100).unwrap_err(),
        ContractError::TooManyOpenBlocks { max: 4 }
    );
    // A prover with weight takes the next block even with the open blocks at their limit.
    suite.stake("alice", PER_CAPACITY, f0(), 1).unwrap();
    suite.propose(5, 100).unwrap();
    assert_eq!(suite.assignee(5, &["alice"]), Some("alice"));
    // Alice is now full: open again, still refused.
    assert_eq!(
        suite.propose(6, 100).unwrap_err(),
        ContractError::TooManyOpenBlocks { max: 4 }
    );
    // Settling an open block makes room.
    suite.prove(1, "carol").unwrap();
    suite.propose(6, 100).unwrap();
    assert!(suite.block(6).assigned.is_none());
    suite.assert_books();
}

#[test]
fn the_window_is_fixed_at_proposal_within_its_bounds() {
    for (delay, window) in [
        (1, MIN_PROOF_WINDOW),
        (1_000, 2_000),
        (5_400, MAX_PROOF_WINDOW),
    ] {
        let mut suite = Suite::with(|config| config.initial_proof_delay = delay);
        suite.propose_funded(1, 10);
        assert_eq!(suite.block(1).window, window);
        assert_eq!(suite.pool().proof_window, window);
    }
}
