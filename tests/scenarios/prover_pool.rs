//! The prover pool on the real contracts: holders bond, wrap their heavy LST and stake the
//! wrapped LST as provers with a cw20 `Send`; the relayer reports rollup blocks and
//! proofs; a timely proof is paid, a late one pays the prover who did the work and
//! slashes the assigned one's wrapped LST to the treasury. An exiting prover takes its
//! stake back only once its blocks have settled; the owner retunes the pool.

use cosmwasm_std::{to_json_binary, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;
use faro_types::heavy_lst::Cw20ReceiveMsg;
use faro_types::prover_pool::{self, ConfigUpdate, ExecuteMsg, Outcome, ReceiveMsg, EXIT_DELAY};
use faro_types::wrapped_lst;

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

#[test]
fn an_exiting_prover_takes_its_stake_back_only_after_its_blocks_settle() {
    let mut suite = Suite::builder().build().unwrap();
    let (alice, bob) = (account("alice"), account("bob"));
    suite.become_prover(&alice, BOND, launch_fee(), 4).unwrap();
    suite.become_prover(&bob, BOND, launch_fee(), 4).unwrap();
    let block = suite.propose_block(1, GAS, FEE).unwrap();
    let leaver = block.assigned.unwrap().prover;
    let worker = if leaver == alice { bob } else { alice };
    let stake = suite.prover_stake(&leaver).unwrap();
    suite.as_prover(&leaver, &ExecuteMsg::Unstake {}).unwrap();

    // A week later the block is still out: the stake stays in the pool.
    suite.app.advance(EXIT_DELAY);
    let err = suite
        .as_prover(&leaver, &ExecuteMsg::Withdraw {})
        .unwrap_err();
    assert_eq!(
        err.root_cause().to_string(),
        format!("1 blocks assigned to {leaver} are not settled yet")
    );
    assert_eq!(suite.wrapped_balance(&leaver).unwrap(), 0);

    // The late proof slashes it; what is left goes back in wrapped LST.
    suite.prove_block(1, &worker).unwrap();
    let slashed = suite.block(1).unwrap().settlement.unwrap().slashed.u128();
    assert!(slashed > 0);
    suite.as_prover(&leaver, &ExecuteMsg::Withdraw {}).unwrap();
    assert_eq!(suite.wrapped_balance(&leaver).unwrap(), stake - slashed);
    assert_eq!(suite.prover_stake(&leaver).unwrap(), 0);
    let treasury = suite.contracts.dao.clone();
    assert_eq!(suite.wrapped_balance(&treasury).unwrap(), slashed);
}

#[test]
fn the_owner_rotates_the_relayer_and_retunes_the_pool() {
    let mut suite = Suite::builder().build().unwrap();
    let (mallory, relayer2) = (account("mallory"), account("relayer2"));
    let update = ConfigUpdate {
        relayer: Some(relayer2.to_string()),
        max_open_blocks: Some(1),
        slash_fraction: Some(Decimal::percent(20)),
        ..ConfigUpdate::default()
    };
    let pool = suite.contracts.prover_pool.clone();
    let by_mallory = ExecuteMsg::UpdateConfig(update.clone());
    let err = suite
        .app
        .execute_contract(mallory, pool.clone(), &by_mallory, &[])
        .unwrap_err();
    assert!(err.root_cause().to_string().contains("owner"), "{err}");
    assert_eq!(
        suite.prover_pool_config().unwrap().relayer,
        suite.roles.relayer
    );

    suite.update_prover_pool(update).unwrap();
    let config = suite.prover_pool_config().unwrap();
    assert_eq!(config.relayer, relayer2);
    assert_eq!(config.max_open_blocks, 1);
    assert_eq!(config.slash_fraction, Decimal::percent(20));

    // The old relayer is refused at once; the new one reports blocks, open ones up to one.
    assert!(suite.propose_block(1, GAS, FEE).is_err());
    suite.fund(&relayer2, 2 * FEE).unwrap();
    let propose = |block_id: u64| ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: cosmwasm_std::HexBinary::from([block_id as u8; 32]),
        gas_used: GAS,
    };
    let fee = [cosmwasm_std::coin(FEE, faro_testing::chain::DENOM)];
    suite
        .app
        .execute_contract(relayer2.clone(), pool.clone(), &propose(1), &fee)
        .unwrap();
    assert!(suite.block(1).unwrap().assigned.is_none(), "open");
    let err = suite
        .app
        .execute_contract(relayer2, pool, &propose(2), &fee)
        .unwrap_err();
    assert_eq!(
        err.root_cause().to_string(),
        "1 open blocks are already waiting for a proof"
    );
}

#[test]
fn staked_wrapped_lst_gains_value_across_an_epoch() {
    let mut suite = Suite::builder().build().unwrap();
    let alice = account("alice");
    let stake = suite.become_prover(&alice, BOND, launch_fee(), 4).unwrap();
    let pool = suite.contracts.prover_pool.clone();
    let wrapper = suite.contracts.wrapped_lst.clone();
    let value = |suite: &Suite| -> u128 {
        let msg = wrapped_lst::QueryMsg::ConvertToAssets {
            amount: Uint128::new(stake),
        };
        let assets: Uint128 = suite.query(&wrapper, &msg).unwrap();
        assets.u128()
    };
    let before = value(&suite);
    suite.next_epoch(&account("keeper")).unwrap();
    suite.next_epoch(&account("keeper")).unwrap();
    assert_eq!(suite.wrapped_balance(&pool).unwrap(), stake);
    assert_eq!(suite.prover_stake(&alice).unwrap(), stake);
    let after = value(&suite);
    assert!(
        after > before,
        "{after} heavy LST is not more than {before}"
    );
}
