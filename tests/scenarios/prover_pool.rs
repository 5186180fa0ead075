//! The prover pool on the real contracts: holders bond, wrap their heavy LST and stake the
//! wrapped LST as provers with a cw20 `Send`; the relayer reports rollup blocks and
//! proofs; a timely proof is paid, a late one pays the prover who did the work and
//! slashes the assigned one's wrapped LST to the treasury.

use cosmwasm_std::{coin, to_json_binary, Addr, Decimal, HexBinary, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::{account, DENOM};
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;
use faro_types::heavy_lst::{BalanceResponse, Cw20ReceiveMsg};
use faro_types::prover_pool::{self, Block, Outcome, ProverResponse, ReceiveMsg};
use faro_types::wrapped_lst::{self, WrappedLstContract};

const BOND: u128 = 2_000_000_000;
const GAS: u64 = 1_000_000;

fn wst_balance(suite: &Suite, holder: &Addr) -> u128 {
    let msg = wrapped_lst::QueryMsg::Balance {
        address: holder.to_string(),
    };
    let res: BalanceResponse = suite.query(&suite.contracts.wrapped_lst, &msg).unwrap();
    res.balance.u128()
}

/// `prover` bonds, wraps everything and stakes it at the launch fee per gas.
fn become_prover(suite: &mut Suite, prover: &Addr) -> u128 {
    suite.fund(prover, BOND).unwrap();
    suite.bond(prover, BOND).unwrap();
    let heavy = suite.heavy_balance(prover).unwrap();
    let (wrapper, heavy_lst) = (
        suite.contracts.wrapped_lst.clone(),
        suite.contracts.heavy_lst.clone(),
    );
    let wrap = WrappedLstContract(wrapper.clone())
        .wrap_msg(&heavy_lst, Uint128::new(heavy), None)
        .unwrap();
    suite.app.execute(prover.clone(), wrap).unwrap();
    let staked = wst_balance(suite, prover);
    let stake = wrapped_lst::ExecuteMsg::Send {
        contract: suite.contracts.prover_pool.to_string(),
        amount: Uint128::new(staked),
        msg: to_json_binary(&ReceiveMsg::Stake {
            reward_per_gas: Decimal::permille(25),
            capacity: 4,
        })
        .unwrap(),
    };
    suite
        .app
        .execute_contract(prover.clone(), wrapper, &stake, &[])
        .unwrap();
    staked
}

fn as_relayer(suite: &mut Suite, msg: &prover_pool::ExecuteMsg, fee: u128) -> AppResponse {
    let funds = match fee {
        0 => vec![],
        fee => vec![coin(fee, DENOM)],
    };
    let (relayer, pool) = (
        suite.roles.relayer.clone(),
        suite.contracts.prover_pool.clone(),
    );
    suite
        .app
        .execute_contract(relayer, pool, msg, &funds)
        .unwrap()
}

fn propose(suite: &mut Suite, block_id: u64) -> Block {
    let msg = prover_pool::ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: HexBinary::from([block_id as u8; 32]),
        gas_used: GAS,
    };
    // F × gas at the launch fee of 0.025 per gas.
    as_relayer(suite, &msg, 25_000);
    block(suite, block_id)
}

fn block(suite: &Suite, block_id: u64) -> Block {
    let msg = prover_pool::QueryMsg::Block { block_id };
    let block: Option<Block> = suite.query(&suite.contracts.prover_pool, &msg).unwrap();
    block.unwrap()
}

fn prove(suite: &mut Suite, block_id: u64, prover: &Addr) {
    let proven_at = suite.app.block_info().time.seconds();
    let msg = prover_pool::ExecuteMsg::ProveBlock {
        block_id,
        prover: prover.to_string(),
        proven_at,
    };
    as_relayer(suite, &msg, 0);
}

fn stake_of(suite: &Suite, prover: &Addr) -> u128 {
    let msg = prover_pool::QueryMsg::Prover {
        address: prover.to_string(),
    };
    let res: Option<ProverResponse> = suite.query(&suite.contracts.prover_pool, &msg).unwrap();
    res.map_or(0, |p| p.prover.stake.u128())
}

#[test]
fn wrapped_lst_stakers_are_assigned_blocks_paid_in_time_and_slashed_when_late() {
    let mut suite = Suite::builder().build().unwrap();
    let (alice, bob) = (account("alice"), account("bob"));
    let alice_stake = become_prover(&mut suite, &alice);
    become_prover(&mut suite, &bob);
    let pool = suite.contracts.prover_pool.clone();
    assert_eq!(
        wst_balance(&suite, &pool),
        alice_stake + stake_of(&suite, &bob)
    );

    // In time: the assigned prover is paid R′ × gas (R′ = F at launch) in the fee denom.
    let first = propose(&mut suite, 1);
    let assigned = first.assigned.clone().unwrap().prover;
    let before = suite.native_balance(&assigned).unwrap();
    prove(&mut suite, 1, &assigned);
    let settled = block(&suite, 1).settlement.unwrap();
    assert_eq!(settled.outcome, Outcome::InTime);
    assert_eq!(settled.paid.u128(), 25_000);
    assert_eq!(suite.native_balance(&assigned).unwrap(), before + 25_000);

    // Late: the other prover does the work and is paid 1.5 × R′ × gas; the assigned
    // prover's wrapped LST is slashed to the treasury.
    let second = propose(&mut suite, 2);
    let late = second.assigned.clone().unwrap().prover;
    let worker = if late == alice {
        bob.clone()
    } else {
        alice.clone()
    };
    let stake_before = stake_of(&suite, &late);
    suite.app.advance(second.window + 1);
    let paid_before = suite.native_balance(&worker).unwrap();
    prove(&mut suite, 2, &worker);
    let settled = block(&suite, 2).settlement.unwrap();
    assert_eq!(settled.outcome, Outcome::Late);
    assert_eq!(settled.payout.u128(), 37_500);
    assert_eq!(
        suite.native_balance(&worker).unwrap(),
        paid_before + settled.paid.u128()
    );
    assert!(!settled.slashed.is_zero());
    assert_eq!(
        stake_of(&suite, &late),
        stake_before - settled.slashed.u128()
    );
    let treasury = suite.contracts.dao.clone();
    assert_eq!(wst_balance(&suite, &treasury), settled.slashed.u128());

    // Each block settles once.
    let again = prover_pool::ExecuteMsg::ProveBlock {
        block_id: 2,
        prover: worker.to_string(),
        proven_at: suite.app.block_info().time.seconds(),
    };
    let relayer = suite.roles.relayer.clone();
    assert!(suite
        .app
        .execute_contract(relayer, pool, &again, &[])
        .is_err());
}

#[test]
fn only_the_wrapped_lst_can_stake() {
    let mut suite = Suite::builder().build().unwrap();
    let mallory = account("mallory");
    // A hook from anyone but the stake token is refused.
    let hook = prover_pool::ExecuteMsg::Receive(Cw20ReceiveMsg {
        sender: mallory.to_string(),
        amount: Uint128::new(1_000_000_000),
        msg: to_json_binary(&ReceiveMsg::Stake {
            reward_per_gas: Decimal::permille(25),
            capacity: 1,
        })
        .unwrap(),
    });
    let pool = suite.contracts.prover_pool.clone();
    assert!(suite
        .app
        .execute_contract(mallory.clone(), pool, &hook, &[])
        .is_err());
    assert_eq!(stake_of(&suite, &mallory), 0);
}
