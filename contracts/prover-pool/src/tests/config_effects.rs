//! What a configuration change means for provers, blocks and reports already in the pool:
//! each change applies from the next action that reads it.

use cosmwasm_std::{coins, Decimal, Uint128};
use faro_types::bounds::BoundError;
use faro_types::prover_pool::{ConfigUpdate, ExecuteMsg, ProverStatus, PARAMS_COOLDOWN};

use super::{addr, parent_hash, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;

fn r() -> Decimal {
    Decimal::permille(20)
}

fn set(suite: &mut Suite, update: ConfigUpdate) {
    suite.exec("dao", ExecuteMsg::UpdateConfig(update)).unwrap();
}

fn propose(block_id: u64, gas_used: u64) -> ExecuteMsg {
    ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: parent_hash(block_id),
        gas_used,
    }
}

#[test]
fn a_new_minimum_binds_provers_when_they_next_set_their_parameters() {
    let mut suite = Suite::new();
    suite.stake("alice", 2 * PER_CAPACITY, r(), 2).unwrap();
    set(
        &mut suite,
        ConfigUpdate {
            min_stake_per_capacity: Some(Uint128::new(2 * PER_CAPACITY)),
            min_capacity: Some(2),
            ..ConfigUpdate::default()
        },
    );
    // Alice stays active with her weight; a top-up is not checked again.
    let alice = suite.prover("alice").unwrap();
    assert_eq!(alice.prover.status, ProverStatus::Active);
    assert!(!alice.weight.is_zero());
    suite.stake("alice", 1, r(), 2).unwrap();
    suite.assert_books();

    // A newcomer meets the new minimums.
    let err = suite.stake("bob", 2 * PER_CAPACITY, r(), 2).unwrap_err();
    assert_eq!(
        err,
        ContractError::StakeBelowMinimum {
            stake: Uint128::new(2 * PER_CAPACITY),
            minimum: Uint128::new(4 * PER_CAPACITY),
        }
    );
    let err = suite.stake("bob", 4 * PER_CAPACITY, r(), 1).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::BelowMin {
            field: "capacity",
            value: "1".to_string(),
            min: "2".to_string(),
        })
    );
    suite.stake("bob", 4 * PER_CAPACITY, r(), 2).unwrap();

    // So does alice when she next sets her parameters.
    suite.advance(PARAMS_COOLDOWN);
    let params = |capacity| ExecuteMsg::UpdateParams {
        reward_per_gas: r(),
        capacity,
    };
    let err = suite.refuse("alice", &[], params(2));
    assert_eq!(
        err,
        ContractError::StakeBelowMinimum {
            stake: Uint128::new(2 * PER_CAPACITY + 1),
            minimum: Uint128::new(4 * PER_CAPACITY),
        }
    );
    let err = suite.refuse("alice", &[], params(1));
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::BelowMin {
            field: "capacity",
            ..
        })
    ));
    suite.assert_books();
}

#[test]
fn a_slash_measures_the_stake_left_against_the_minimum_then_in_force() {
    let mut suite = Suite::funded_with_prover("alice", 100 * PER_CAPACITY, r(), 2);
    suite.propose_each(1..=2, 100_000);
    // Assigned under 5%; settled under 10% and a minimum of 48 per unit of capacity.
    set(
        &mut suite,
        ConfigUpdate {
            slash_fraction: Some(Decimal::percent(10)),
            min_stake_per_capacity: Some(Uint128::new(48 * PER_CAPACITY)),
            treasury: Some(addr("treasury2").to_string()),
            ..ConfigUpdate::default()
        },
    );
    assert_eq!(suite.record("alice").status, ProverStatus::Active);
    suite.advance(1_201);
    suite.prove(1, "carol").unwrap();
    let slashed = suite.block(1).settlement.unwrap().slashed.u128();
    assert_eq!(slashed, 10 * PER_CAPACITY);
    assert_eq!(suite.transferred_to("treasury2"), slashed);
    assert_eq!(suite.transferred_to("treasury"), 0);
    // 90 is below 2 × 48: alice leaves the set, still answering for block 2.
    let alice = suite.record("alice");
    assert!(matches!(alice.status, ProverStatus::Exiting { .. }));
    assert_eq!(alice.in_flight, 1);
    assert!(suite.active().is_empty());
    suite.assert_books();
}

#[test]
fn a_lower_open_block_limit_waits_for_the_open_blocks_to_settle() {
    let mut suite = Suite::funded();
    suite.propose_each(1..=3, 10);
    set(
        &mut suite,
        ConfigUpdate {
            max_open_blocks: Some(2),
            ..ConfigUpdate::default()
        },
    );
    let err = suite.refuse("relayer", &[], propose(4, 10));
    assert_eq!(err, ContractError::TooManyOpenBlocks { max: 2 });
    suite.prove(1, "carol").unwrap();
    let err = suite.refuse("relayer", &[], propose(4, 10));
    assert_eq!(err, ContractError::TooManyOpenBlocks { max: 2 });
    suite.prove(2, "carol").unwrap();
    suite.propose(4, 10).unwrap();
    assert_eq!(suite.pool().open_blocks, 2);
    suite.assert_books();
}

#[test]
fn a_new_relayer_replaces_the_old_one_at_once() {
    let mut suite = Suite::with_prover("alice", 2 * PER_CAPACITY, r(), 2);
    suite.deposit("relayer", 10_000);
    suite.propose(1, 1_000).unwrap();
    set(
        &mut suite,
        ConfigUpdate {
            relayer: Some(addr("relayer2").to_string()),
            ..ConfigUpdate::default()
        },
    );
    let err = suite.refuse("relayer", &[], propose(2, 1_000));
    assert_eq!(
        err,
        ContractError::NotReporter {
            sender: addr("relayer")
        }
    );
    let fee = crate::math::fee(suite.pool().fee_per_gas, 1_000)
        .unwrap()
        .u128();
    suite
        .exec_funds("relayer2", &coins(fee, DENOM), propose(2, 1_000))
        .unwrap();
    // The new relayer reports proofs of blocks the old one proposed.
    suite
        .exec(
            "relayer2",
            ExecuteMsg::ProveBlock {
                block_id: 1,
                prover: addr("alice").to_string(),
                proven_at: suite.now,
            },
        )
        .unwrap();
    // The old relayer's deposit is still its own.
    let left = 10_000 - suite.block(1).fee.u128();
    suite
        .exec(
            "relayer",
            ExecuteMsg::WithdrawFees {
                amount: Uint128::new(left),
            },
        )
        .unwrap();
    assert_eq!(suite.sent_to("relayer"), left);
    suite.assert_books();
}
