use cosmwasm_std::{coins, to_json_binary, Decimal, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::prover_pool::{
    Cw20ReceiveMsg, ExecuteMsg, ProverStatus, ACTIVE_SET_SIZE, EXIT_DELAY,
};

use super::{addr, f0, Suite, PER_CAPACITY};
use crate::error::ContractError;

#[test]
fn a_first_stake_joins_the_active_set() {
    let mut suite = Suite::new();
    let res = suite.stake("alice", 5 * PER_CAPACITY, f0(), 5).unwrap();
    assert_eq!(res.attributes[0].value, "stake");
    let alice = suite.prover("alice").unwrap();
    assert_eq!(alice.prover.stake.u128(), 5 * PER_CAPACITY);
    assert_eq!(alice.prover.status, ProverStatus::Active);
    assert_eq!(alice.prover.capacity, 5);
    assert_eq!(alice.available, 5);
    assert_eq!(alice.prover.params_set_at.seconds(), suite.now);
    // At R = F the weight is the stake.
    assert_eq!(alice.weight, cosmwasm_std::Uint256::from(5 * PER_CAPACITY));
    assert_eq!(suite.active(), vec![addr("alice")]);
    assert_eq!(suite.pool().total_stake.u128(), 5 * PER_CAPACITY);
    suite.assert_books();
}

#[test]
fn staking_again_tops_up_with_the_same_parameters() {
    let mut suite = Suite::new();
    suite.stake("alice", PER_CAPACITY, f0(), 1).unwrap();
    suite.advance(10);
    suite.stake("alice", 7, f0(), 1).unwrap();
    let alice = suite.record("alice");
    assert_eq!(alice.stake.u128(), PER_CAPACITY + 7);
    assert_eq!(alice.record, 0, "the same record");
    assert_eq!(suite.active().len(), 1);

    for (reward, capacity) in [(Decimal::permille(30), 1), (f0(), 2)] {
        let err = suite.stake("alice", 5, reward, capacity).unwrap_err();
        assert_eq!(
            err,
            ContractError::ParamsMismatch {
                reward_per_gas: f0(),
                capacity: 1
            }
        );
    }
    assert_eq!(suite.record("alice").stake.u128(), PER_CAPACITY + 7);
    suite.assert_books();
}

#[test]
fn a_stake_must_cover_its_capacity() {
    let mut suite = Suite::new();
    let err = suite
        .stake("alice", 3 * PER_CAPACITY - 1, f0(), 3)
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::StakeBelowMinimum {
            stake: Uint128::new(3 * PER_CAPACITY - 1),
            minimum: Uint128::new(3 * PER_CAPACITY),
        }
    );
    let err = suite
        .stake("alice", PER_CAPACITY, Decimal::zero(), 1)
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero {
            field: "reward_per_gas"
        })
    );
    let err = suite.stake("alice", PER_CAPACITY, f0(), 0).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::BelowMin {
            field: "capacity",
            ..
        })
    ));
    assert!(suite.prover("alice").is_none());
    suite.assert_books();
}

#[test]
fn the_whole_supply_stakes_without_overflow() {
    let mut suite = Suite::new();
    suite
        .stake("whale", u128::MAX, Decimal::raw(1), u32::MAX)
        .unwrap();
    let whale = suite.prover("whale").unwrap();
    // R clamped to 0.75F: weight = A·(4/3)², far inside 256 bits.
    let expected = cosmwasm_std::Uint256::from(u128::MAX) * cosmwasm_std::Uint256::from(16u8)
        / cosmwasm_std::Uint256::from(9u8);
    assert!(
        whale.weight <= expected && whale.weight + cosmwasm_std::Uint256::from(2u8) >= expected
    );
    suite.propose_funded(1, 1_000_000);
    assert_eq!(suite.assignee(1, &["whale"]), Some("whale"));
    // More stake than any token's supply is refused, not wrapped.
    let err = suite.stake("minnow", PER_CAPACITY, f0(), 1).unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)));
    suite.assert_books();
}

#[test]
fn only_the_stake_token_stakes() {
    let mut suite = Suite::new();
    let err = suite
        .stake_via("fake_token", "alice", PER_CAPACITY, f0(), 1)
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::WrongToken {
            token: addr("fake_token")
        }
    );
    let err = suite.stake("alice", 0, f0(), 1).unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);

    let hook = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(PER_CAPACITY),
        msg: to_json_binary(&"stake").unwrap(),
    };
    let err = suite
        .exec("wrapped_lst", ExecuteMsg::Receive(hook.clone()))
        .unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    let err = suite
        .exec_funds("wrapped_lst", &coins(1, "uatom"), ExecuteMsg::Receive(hook))
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert!(suite.prover("alice").is_none());
    suite.assert_books();
}

/// Fills the active set with `prover0..prover31`, `prover{i}` staking `(i + 2)` units.
fn full_set(suite: &mut Suite) {
    for i in 0..ACTIVE_SET_SIZE as u128 {
        let name = format!("prover{i}");
        suite.stake(&name, (i + 2) * PER_CAPACITY, f0(), 1).unwrap();
    }
    assert_eq!(suite.active().len(), ACTIVE_SET_SIZE as usize);
}

#[test]
fn a_newcomer_to_a_full_set_must_beat_the_smallest_stake() {
    let mut suite = Suite::new();
    full_set(&mut suite);
    let smallest = 2 * PER_CAPACITY;
    let err = suite.stake("newcomer", smallest, f0(), 1).unwrap_err();
    assert_eq!(
        err,
        ContractError::StakeTooSmallForSet {
            smallest: Uint128::new(smallest)
        }
    );
    assert!(suite.prover("newcomer").is_none());
    suite.assert_books();

    let res = suite.stake("newcomer", smallest + 1, f0(), 1).unwrap();
    let evicted = res.attributes.iter().find(|a| a.key == "evicted").unwrap();
    assert_eq!(evicted.value, addr("prover0").as_str());
    // The evicted prover keeps its stake, in the exit queue.
    let prover0 = suite.record("prover0");
    assert_eq!(prover0.stake.u128(), smallest);
    assert_eq!(
        prover0.status,
        ProverStatus::Exiting {
            unlock_at: cosmwasm_std::Timestamp::from_seconds(suite.now + EXIT_DELAY)
        }
    );
    assert!(!suite.active().contains(&addr("prover0")));
    assert!(suite.active().contains(&addr("newcomer")));
    assert_eq!(suite.active().len(), ACTIVE_SET_SIZE as usize);
    suite.assert_books();

    // It can neither top up nor be silently re-added; it withdraws after the delay.
    let err = suite.stake("prover0", PER_CAPACITY, f0(), 1).unwrap_err();
    assert_eq!(
        err,
        ContractError::ProverExiting {
            address: addr("prover0")
        }
    );
    suite.advance(EXIT_DELAY);
    suite.exec("prover0", ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(suite.transferred_to("prover0"), smallest);
    suite.assert_books();
}

#[test]
fn among_equal_smallest_stakes_the_latest_to_join_leaves() {
    let mut suite = Suite::new();
    for i in 0..ACTIVE_SET_SIZE {
        suite
            .stake(&format!("prover{i}"), 2 * PER_CAPACITY, f0(), 1)
            .unwrap();
    }
    suite.stake("newcomer", 3 * PER_CAPACITY, f0(), 1).unwrap();
    let last = format!("prover{}", ACTIVE_SET_SIZE - 1);
    assert!(matches!(
        suite.record(&last).status,
        ProverStatus::Exiting { .. }
    ));
    assert_eq!(suite.record("prover0").status, ProverStatus::Active);
    suite.assert_books();
}

#[test]
fn a_top_up_in_a_full_set_needs_no_eviction() {
    let mut suite = Suite::new();
    full_set(&mut suite);
    suite.stake("prover0", 1, f0(), 1).unwrap();
    assert_eq!(suite.active().len(), ACTIVE_SET_SIZE as usize);
    assert_eq!(suite.record("prover0").stake.u128(), 2 * PER_CAPACITY + 1);
    suite.assert_books();
}
