//! Every refusal is typed and leaves every stored byte as it was.

use std::mem::discriminant;

use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{
    coin, coins, to_json_binary, Api, Coin, Decimal, HexBinary, Timestamp, Uint128,
};
use cw_ownable::{Action, OwnershipError};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::prover_pool::{
    ConfigUpdate, Cw20ReceiveMsg, ExecuteMsg, ReceiveMsg, EXIT_DELAY, PARAMS_COOLDOWN,
};

use super::{addr, parent_hash, stake_hook as hook, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;

fn r() -> Decimal {
    Decimal::permille(20)
}

fn propose(block_id: u64, gas_used: u64) -> ExecuteMsg {
    ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: parent_hash(block_id),
        gas_used,
    }
}

fn prove(block_id: u64, prover: &str, proven_at: u64) -> ExecuteMsg {
    ExecuteMsg::ProveBlock {
        block_id,
        prover: addr(prover).to_string(),
        proven_at,
    }
}

/// Alice active (R = 0.02, capacity 2) with block 1 in flight; bob exiting; block 2
/// settled; the relayer holds a deposit of 10_000.
fn populated() -> (Suite, u64) {
    let mut suite = Suite::new();
    suite.deposit("relayer", 10_000);
    suite.stake("bob", PER_CAPACITY, r(), 1).unwrap();
    suite.exec("bob", ExecuteMsg::Unstake {}).unwrap();
    suite.stake("alice", 2 * PER_CAPACITY, r(), 2).unwrap();
    let proposed_at = suite.now;
    suite.propose(1, 1_000).unwrap();
    suite.propose(2, 1_000).unwrap();
    suite.advance(60);
    suite.prove(2, "alice").unwrap();
    suite.assert_books();
    (suite, proposed_at)
}

#[test]
fn every_refusal_is_typed_and_changes_nothing() {
    let (mut suite, proposed_at) = populated();
    let now = suite.now;
    let none: Vec<Coin> = vec![];
    let one = coins(1, DENOM);
    let cases: Vec<(&str, Vec<Coin>, ExecuteMsg, ContractError)> = vec![
        // The stake hook.
        (
            "fake_token",
            none.clone(),
            hook("carol", PER_CAPACITY, r(), 1),
            ContractError::WrongToken {
                token: addr("fake_token"),
            },
        ),
        (
            "wrapped_lst",
            none.clone(),
            hook("carol", 0, r(), 1),
            ContractError::ZeroAmount,
        ),
        (
            "wrapped_lst",
            one.clone(),
            hook("carol", PER_CAPACITY, r(), 1),
            ContractError::Payment(PaymentError::NonPayable {}),
        ),
        (
            "wrapped_lst",
            none.clone(),
            ExecuteMsg::Receive(Cw20ReceiveMsg {
                sender: addr("carol").to_string(),
                amount: Uint128::one(),
                msg: to_json_binary(&"unstake").unwrap(),
            }),
            ContractError::Std(cosmwasm_std::StdError::generic_err("")),
        ),
        (
            "wrapped_lst",
            none.clone(),
            hook("carol", PER_CAPACITY - 1, r(), 1),
            ContractError::StakeBelowMinimum {
                stake: Uint128::new(PER_CAPACITY - 1),
                minimum: Uint128::new(PER_CAPACITY),
            },
        ),
        (
            "wrapped_lst",
            none.clone(),
            hook("carol", PER_CAPACITY, Decimal::zero(), 1),
            ContractError::Bound(BoundError::Zero {
                field: "reward_per_gas",
            }),
        ),
        (
            "wrapped_lst",
            none.clone(),
            hook("alice", 1, Decimal::permille(21), 2),
            ContractError::ParamsMismatch {
                reward_per_gas: r(),
                capacity: 2,
            },
        ),
        (
            "wrapped_lst",
            none.clone(),
            hook("bob", 1, r(), 1),
            ContractError::ProverExiting {
                address: addr("bob"),
            },
        ),
        // Parameters, exit and withdrawal.
        (
            "alice",
            none.clone(),
            ExecuteMsg::UpdateParams {
                reward_per_gas: r(),
                capacity: 1,
            },
            ContractError::ParamsCooldown {
                next_at: Timestamp::from_seconds(proposed_at + PARAMS_COOLDOWN),
            },
        ),
        (
            "carol",
            none.clone(),
            ExecuteMsg::UpdateParams {
                reward_per_gas: r(),
                capacity: 1,
            },
            ContractError::UnknownProver {
                address: addr("carol"),
            },
        ),
        (
            "bob",
            none.clone(),
            ExecuteMsg::Unstake {},
            ContractError::ProverExiting {
                address: addr("bob"),
            },
        ),
        (
            "carol",
            none.clone(),
            ExecuteMsg::Unstake {},
            ContractError::UnknownProver {
                address: addr("carol"),
            },
        ),
        (
            "alice",
            one.clone(),
            ExecuteMsg::Unstake {},
            ContractError::Payment(PaymentError::NonPayable {}),
        ),
        (
            "alice",
            none.clone(),
            ExecuteMsg::Withdraw {},
            ContractError::NotExiting {
                address: addr("alice"),
            },
        ),
        (
            "bob",
            none.clone(),
            ExecuteMsg::Withdraw {},
            ContractError::ExitLocked {
                unlock_at: Timestamp::from_seconds(proposed_at + EXIT_DELAY),
            },
        ),
        // Proposals.
        (
            "alice",
            none.clone(),
            propose(3, 1_000),
            ContractError::NotReporter {
                sender: addr("alice"),
            },
        ),
        (
            "relayer",
            coins(100, "uosmo"),
            propose(3, 1_000),
            ContractError::Payment(PaymentError::MissingDenom(DENOM.to_string())),
        ),
        (
            "relayer",
            vec![coin(100, DENOM), coin(1, "uosmo")],
            propose(3, 1_000),
            ContractError::Payment(PaymentError::MultipleDenoms {}),
        ),
        (
            "relayer",
            none.clone(),
            propose(3, 0),
            ContractError::ZeroGas,
        ),
        (
            "relayer",
            none.clone(),
            ExecuteMsg::ProposeBlock {
                block_id: 3,
                parent_hash: HexBinary::from(vec![0u8; 33]),
                gas_used: 1,
            },
            ContractError::InvalidParentHash { length: 33 },
        ),
        (
            "relayer",
            none.clone(),
            propose(1, 1_000),
            ContractError::BlockExists { block_id: 1 },
        ),
        (
            "relayer",
            one.clone(),
            propose(3, 1_000_000),
            ContractError::InsufficientFees {
                // ⌈F × 1_000_000⌉ with F = (0.025·1023 + 0.02)/1024 after block 2.
                needed: Uint128::new(24_996),
                available: Uint128::new(10_000 - 25 - 25 + 1),
            },
        ),
        // Proofs.
        (
            "alice",
            none.clone(),
            prove(1, "alice", now),
            ContractError::NotReporter {
                sender: addr("alice"),
            },
        ),
        (
            "relayer",
            one.clone(),
            prove(1, "alice", now),
            ContractError::Payment(PaymentError::NonPayable {}),
        ),
        (
            "relayer",
            none.clone(),
            prove(9, "alice", now),
            ContractError::UnknownBlock { block_id: 9 },
        ),
        (
            "relayer",
            none.clone(),
            prove(2, "alice", now),
            ContractError::BlockSettled { block_id: 2 },
        ),
        (
            "relayer",
            none.clone(),
            prove(1, "alice", proposed_at - 1),
            ContractError::ProofBeforeProposal {
                proven_at: proposed_at - 1,
                proposed_at,
            },
        ),
        (
            "relayer",
            none.clone(),
            prove(1, "alice", now + 1),
            ContractError::ProofInFuture {
                proven_at: now + 1,
                now,
            },
        ),
        (
            "relayer",
            none.clone(),
            prove(1, "carol", now),
            ContractError::NotAssigned {
                block_id: 1,
                assigned: addr("alice"),
            },
        ),
        (
            "relayer",
            none.clone(),
            ExecuteMsg::ProveBlock {
                block_id: 1,
                prover: "Alice".to_string(),
                proven_at: now,
            },
            ContractError::Std(cosmwasm_std::StdError::generic_err("")),
        ),
        // Fees and the reserve.
        (
            "relayer",
            none.clone(),
            ExecuteMsg::DepositFees {},
            ContractError::Payment(PaymentError::NoFunds {}),
        ),
        (
            "relayer",
            coins(5, "uosmo"),
            ExecuteMsg::DepositFees {},
            ContractError::Payment(PaymentError::MissingDenom(DENOM.to_string())),
        ),
        (
            "relayer",
            none.clone(),
            ExecuteMsg::WithdrawFees {
                amount: Uint128::zero(),
            },
            ContractError::ZeroAmount,
        ),
        (
            "relayer",
            none.clone(),
            ExecuteMsg::WithdrawFees {
                amount: Uint128::new(10_000),
            },
            ContractError::InsufficientDeposit {
                requested: Uint128::new(10_000),
                available: Uint128::new(10_000 - 50),
            },
        ),
        (
            "mallory",
            one.clone(),
            ExecuteMsg::FundReserve {},
            ContractError::Ownership(OwnershipError::NotOwner),
        ),
        (
            "dao",
            none.clone(),
            ExecuteMsg::FundReserve {},
            ContractError::Payment(PaymentError::NoFunds {}),
        ),
        // Configuration.
        (
            "mallory",
            none.clone(),
            ExecuteMsg::UpdateConfig(ConfigUpdate::default()),
            ContractError::Ownership(OwnershipError::NotOwner),
        ),
        (
            "relayer",
            none.clone(),
            ExecuteMsg::UpdateConfig(ConfigUpdate::default()),
            ContractError::Ownership(OwnershipError::NotOwner),
        ),
        (
            "dao",
            one.clone(),
            ExecuteMsg::UpdateConfig(ConfigUpdate::default()),
            ContractError::Payment(PaymentError::NonPayable {}),
        ),
        (
            "dao",
            none.clone(),
            ExecuteMsg::UpdateConfig(ConfigUpdate {
                relayer: Some(addr("relayer2").to_string()),
                slash_fraction: Some(Decimal::zero()),
                ..ConfigUpdate::default()
            }),
            ContractError::Bound(BoundError::Zero {
                field: "slash_fraction",
            }),
        ),
        (
            "dao",
            none.clone(),
            ExecuteMsg::UpdateConfig(ConfigUpdate {
                min_capacity: Some(0),
                ..ConfigUpdate::default()
            }),
            ContractError::Bound(BoundError::Zero {
                field: "min_capacity",
            }),
        ),
        (
            "mallory",
            none.clone(),
            ExecuteMsg::UpdateOwnership(Action::TransferOwnership {
                new_owner: addr("mallory").to_string(),
                expiry: None,
            }),
            ContractError::Ownership(OwnershipError::NotOwner),
        ),
    ];
    for (sender, funds, msg, expected) in cases {
        let err = suite.refuse(sender, &funds, msg.clone());
        if matches!(expected, ContractError::Std(_)) {
            assert_eq!(
                discriminant(&err),
                discriminant(&expected),
                "{msg:?}: {err:?}"
            );
        } else {
            assert_eq!(err, expected, "{msg:?}");
        }
    }
    suite.assert_books();
}

#[test]
fn refusals_of_a_full_pool_change_nothing() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 1_000_000);
    for block_id in 0..4 {
        suite.propose(block_id, 10).unwrap();
    }
    let err = suite.refuse("relayer", &[], propose(4, 10));
    assert_eq!(err, ContractError::TooManyOpenBlocks { max: 4 });
    for i in 0..32u128 {
        suite
            .stake(&format!("prover{i}"), 2 * PER_CAPACITY + i, r(), 1)
            .unwrap();
    }
    let err = suite.refuse("wrapped_lst", &[], hook("carol", 2 * PER_CAPACITY, r(), 1));
    assert_eq!(
        err,
        ContractError::StakeTooSmallForSet {
            smallest: Uint128::new(2 * PER_CAPACITY)
        }
    );
    suite.assert_books();
}

#[test]
fn a_hook_from_a_malformed_sender_is_refused_and_changes_nothing() {
    let (mut suite, _) = populated();
    for sender in ["Not An Address", "", &addr("carol").as_str().to_uppercase()] {
        let msg = ExecuteMsg::Receive(Cw20ReceiveMsg {
            sender: sender.to_string(),
            amount: Uint128::new(PER_CAPACITY),
            msg: to_json_binary(&ReceiveMsg::Stake {
                reward_per_gas: r(),
                capacity: 1,
            })
            .unwrap(),
        });
        let err = suite.refuse("wrapped_lst", &[], msg);
        let expected = MockApi::default().addr_validate(sender).unwrap_err();
        assert_eq!(err, ContractError::Std(expected), "{sender:?}");
    }
    suite.assert_books();
}
