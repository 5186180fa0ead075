use cosmwasm_std::{coin, coins, Decimal, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::prover_pool::{ExecuteMsg, MAX_DEBTS_PAID, PARAMS_COOLDOWN};

use super::{addr, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;
use crate::query;

fn debts(suite: &Suite) -> Vec<(u64, u128)> {
    query::debts(suite.deps.as_ref(), None, Some(100))
        .unwrap()
        .debts
        .into_iter()
        .map(|debt| (debt.id, debt.amount.u128()))
        .collect()
}

#[test]
fn proposers_deposit_and_withdraw_fees() {
    let mut suite = Suite::new();
    suite.deposit("relayer", 10_000);
    suite.deposit("relayer", 5_000);
    let deposit = |suite: &Suite| {
        query::fee_deposit(suite.deps.as_ref(), addr("relayer").to_string())
            .unwrap()
            .u128()
    };
    assert_eq!(deposit(&suite), 15_000);
    suite
        .exec(
            "relayer",
            ExecuteMsg::WithdrawFees {
                amount: Uint128::new(4_000),
            },
        )
        .unwrap();
    assert_eq!(suite.sent_to("relayer"), 4_000);
    assert_eq!(deposit(&suite), 11_000);

    let err = suite
        .exec(
            "relayer",
            ExecuteMsg::WithdrawFees {
                amount: Uint128::new(11_001),
            },
        )
        .unwrap_err();
    assert_eq!(
        err,
        ContractError::InsufficientDeposit {
            requested: Uint128::new(11_001),
            available: Uint128::new(11_000),
        }
    );
    let err = suite
        .exec(
            "relayer",
            ExecuteMsg::WithdrawFees {
                amount: Uint128::zero(),
            },
        )
        .unwrap_err();
    assert_eq!(err, ContractError::ZeroAmount);
    let err = suite
        .exec_funds(
            "relayer",
            &coins(1, DENOM),
            ExecuteMsg::WithdrawFees {
                amount: Uint128::one(),
            },
        )
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    let err = suite
        .exec("relayer", ExecuteMsg::DepositFees {})
        .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NoFunds {}));
    let err = suite
        .exec_funds("relayer", &[coin(1, "uosmo")], ExecuteMsg::DepositFees {})
        .unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));

    suite
        .exec(
            "relayer",
            ExecuteMsg::WithdrawFees {
                amount: Uint128::new(11_000),
            },
        )
        .unwrap();
    assert_eq!(deposit(&suite), 0);
    suite.assert_books();
}

#[test]
fn only_the_owner_funds_the_reserve() {
    let mut suite = Suite::new();
    let err = suite
        .exec_funds("mallory", &coins(10, DENOM), ExecuteMsg::FundReserve {})
        .unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let err = suite.exec("dao", ExecuteMsg::FundReserve {}).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NoFunds {}));
    suite.fund_reserve(10);
    assert_eq!(suite.pool().reserve.u128(), 10);
    suite.assert_books();
}

#[test]
fn a_payout_beyond_escrow_and_reserve_becomes_a_debt_paid_from_later_surpluses() {
    // R = 1.25F: every block pays 3125 for a fee of 2500.
    let high = Decimal::from_ratio(125u128, 4000u128);
    let mut suite = Suite::with_prover("alice", 10 * PER_CAPACITY, high, 10);
    suite.deposit("relayer", 1_000_000_000);
    suite.propose(1, 100_000).unwrap();
    suite.prove(1, "alice").unwrap();
    let settlement = suite.block(1).settlement.unwrap();
    assert_eq!(
        (settlement.payout.u128(), settlement.paid.u128()),
        (3_125, 2_500)
    );
    assert_eq!(suite.sent_to("alice"), 2_500, "never more than is held");
    assert_eq!(debts(&suite), vec![(0, 625)]);
    assert_eq!(suite.pool().owed.u128(), 625);
    suite.assert_books();

    // The owner's top-up goes to the debt first.
    suite.fund_reserve(300);
    assert_eq!(suite.sent_to("alice"), 2_800);
    assert_eq!(debts(&suite), vec![(0, 325)]);
    assert!(suite.pool().reserve.is_zero());
    suite.assert_books();

    // Alice now asks 0.02: the next block's surplus (⌈F × gas⌉ − 2000) pays the rest.
    suite.advance(PARAMS_COOLDOWN);
    suite
        .exec(
            "alice",
            ExecuteMsg::UpdateParams {
                reward_per_gas: Decimal::permille(20),
                capacity: 10,
            },
        )
        .unwrap();
    suite.propose(2, 100_000).unwrap();
    let fee = suite.block(2).fee.u128();
    suite.prove(2, "alice").unwrap();
    assert_eq!(suite.sent_to("alice"), 2_800 + 2_000 + 325);
    assert!(debts(&suite).is_empty());
    assert_eq!(suite.pool().reserve.u128(), fee - 2_000 - 325);
    suite.assert_books();
}

#[test]
fn debts_are_paid_oldest_first_a_bounded_number_at_a_time_and_ahead_of_new_payouts() {
    let mut suite = Suite::with(|config| config.max_open_blocks = 16);
    suite.deposit("relayer", 1_000_000_000);
    let provers: Vec<String> = (0..12).map(|i| format!("prover{i}")).collect();
    // Twelve open blocks, each proven by another prover for 3750 against 2500 escrowed.
    for (i, prover) in provers.iter().enumerate() {
        suite.propose(i as u64, 100_000).unwrap();
        suite.prove(i as u64, prover).unwrap();
        assert_eq!(suite.sent_to(prover), 2_500);
    }
    assert_eq!(debts(&suite).len(), 12);
    assert_eq!(suite.pool().owed.u128(), 12 * 1_250);
    suite.assert_books();

    suite.fund_reserve(100_000);
    let left = debts(&suite);
    assert_eq!(left, vec![(10, 1_250), (11, 1_250)]);
    assert_eq!(MAX_DEBTS_PAID, 10);
    for prover in &provers[..10] {
        assert_eq!(suite.sent_to(prover), 3_750);
    }
    assert_eq!(suite.sent_to(&provers[10]), 2_500);
    let pool = suite.pool();
    assert_eq!(pool.reserve.u128(), 100_000 - 10 * 1_250);
    suite.assert_books();

    // A new payout draws only on the reserve beyond the debts; the debts are paid next.
    suite.propose(100, 100_000).unwrap();
    suite.prove(100, "carol").unwrap();
    assert_eq!(suite.sent_to("carol"), 3_750);
    assert!(debts(&suite).is_empty());
    assert_eq!(suite.sent_to(&provers[11]), 3_750);
    assert_eq!(suite.pool().reserve.u128(), 100_000 - 12 * 1_250 - 1_250);
    suite.assert_books();
}

#[test]
fn the_reserve_set_aside_for_debts_pays_no_new_payout() {
    let mut suite = Suite::with_twelve_debts();
    // After paying ten debts the reserve holds exactly the two left: nothing is free.
    suite.fund_reserve(12 * 1_250);
    assert_eq!(suite.pool().reserve.u128(), 2 * 1_250);
    assert_eq!(suite.pool().owed.u128(), 2 * 1_250);
    suite.propose(100, 100_000).unwrap();
    suite.prove(100, "carol").unwrap();
    // Carol gets the escrow only; the reserve went to the older debts.
    assert_eq!(suite.sent_to("carol"), 2_500);
    assert_eq!(debts(&suite), vec![(12, 1_250)]);
    assert!(suite.pool().reserve.is_zero());
    suite.assert_books();
}
