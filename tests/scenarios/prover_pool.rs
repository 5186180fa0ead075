//! The prover pool on the real contracts: holders bond, wrap their heavy LST and stake the
//! wrapped LST as provers with a cw20 `Send`; the relayer reports rollup blocks and
//! proofs; a timely proof is paid, a late one pays the prover who did the work and
//! slashes the assigned one's wrapped LST to the treasury.

use cosmwasm_std::{to_json_binary, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::prover_pool::{self, Outcome, ReceiveMsg};

const BOND: u128 = 2_000_000_000;
const GAS: u64 = 1_000_000;
/// F × gas at the launch fee of 0.025 per gas.
const FEE: u128 = 25_000;

fn launch_fee() -> Decimal {
    Decimal::permille(25)
}

#[test]
fn wrapped_lst_stakers_are_assigned_blocks_paid_in_time_and_slashed_when_late() {
    let mut suite = Suite::builder().build().unwrap();
    let (alice, bob) = (account("alice"), account("bob"));
    let alice_stake = suite.become_prover(&alice, BOND, launch_fee(), 4).unwrap();
    let bob_stake = suite.become_prover(&bob, BOND, launch_fee(), 4).unwrap();
    let pool = suite.contracts.prover_pool.clone();
    assert_eq!(
        suite.wrapped_balance(&pool).unwrap(),
        alice_stake + bob_stake
    );

    // In time: the assigned prover is paid R′ × gas (R′ = F at launch) in the fee denom.
    let first = suite.propose_block(1, GAS, FEE).unwrap();
    let assigned = first.assigned.clone().unwrap().prover;
    let before = suite.native_balance(&assigned).unwrap();
    suite.prove_block(1, &assigned).unwrap();
    let settled = suite.block(1).unwrap().settlement.unwrap();
    assert_eq!(settled.outcome, Outcome::InTime);
    assert_eq!(settled.paid.u128(), FEE);
    assert_eq!(suite.native_balance(&assigned).unwrap(), before + FEE);

    // Late: the other prover does the work and is paid 1.5 × R′ × gas; the assigned
    // prover's wrapped LST is slashed to the treasury.
    let second = suite.propose_block(2, GAS, FEE).unwrap();
    let late = second.assigned.clone().unwrap().prover;
    let worker = if late == alice {
        bob.clone()
    } else {
        alice.clone()
    };
    let stake_before = suite.prover_stake(&late).unwrap();
    suite.app.advance(second.window + 1);
    let paid_before = suite.native_balance(&worker).unwrap();
    suite.prove_block(2, &worker).unwrap();
    let settled = suite.block(2).unwrap().settlement.unwrap();
    assert_eq!(settled.outcome, Outcome::Late);
    assert_eq!(settled.payout.u128(), FEE * 3 / 2);
    assert_eq!(
        suite.native_balance(&worker).unwrap(),
        paid_before + settled.paid.u128()
    );
    assert!(!settled.slashed.is_zero());
    assert_eq!(
        suite.prover_stake(&late).unwrap(),
        stake_before - settled.slashed.u128()
    );
    let treasury = suite.contracts.dao.clone();
    assert_eq!(
        suite.wrapped_balance(&treasury).unwrap(),
        settled.slashed.u128()
    );

    // Each block settles once.
    assert!(suite.prove_block(2, &worker).is_err());
}

#[test]
fn only_the_wrapped_lst_can_stake() {
    let mut suite = Suite::builder().build().unwrap();
    let mallory = account("mallory");
    // A hook from anyone but the stake token is refused.
    let hook = prover_pool::ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: mallory.to_string(),
        amount: Uint128::new(BOND),
        msg: to_json_binary(&ReceiveMsg::Stake {
            reward_per_gas: launch_fee(),
            capacity: 1,
        })
        .unwrap(),
    });
    let pool = suite.contracts.prover_pool.clone();
    assert!(suite
        .app
        .execute_contract(mallory.clone(), pool, &hook, &[])
        .is_err());
    assert_eq!(suite.prover_stake(&mallory).unwrap(), 0);
}
