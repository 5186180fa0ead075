//! The L1 follower against a real L1 node: geth in dev mode, sealing a block for each
//! transaction (`FARO_L1_PERIOD=0`), so that each test makes exactly the blocks it needs.
//! Run with tests/l1/run.sh, which builds geth and the contract and starts the node.

mod support;

use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256};
use alloy::providers::Provider;
use alloy::rpc::types::Filter;
use cosmwasm_std::{Decimal, HexBinary, Timestamp, Uint128};
use faro_client::retry::Backoff;
use faro_relayer::checkpoint::{Checkpoint, CheckpointStore};
use faro_relayer::l1::action::{Action, Relayed};
use faro_relayer::l1::contract::RollupL1::OperatorResult;
use faro_relayer::l1::follow::{FollowOptions, Follower, Step};
use faro_relayer::l1::reader::{RpcReader, Url};
use faro_relayer::l1::sink::MemorySink;
use faro_relayer::l1::translate::translate;
use faro_types::oracle::{self, OperatorReport, Report};
use faro_types::prover_pool;
use support::dev_chain::DevChain;
use support::proxy::Proxy;

const CONFIRMATIONS: u64 = 3;
const PROVER: &str = "cosmos1prover0000000000000000000000000000000";

fn options(start_block: u64, page_size: u64) -> FollowOptions {
    FollowOptions {
        confirmations: CONFIRMATIONS,
        start_block,
        page_size,
        poll_interval: Duration::from_millis(20),
        backoff: Backoff {
            initial: Duration::from_millis(50),
            max: Duration::from_millis(400),
            max_attempts: Some(5),
        },
    }
}

fn store(name: &str) -> CheckpointStore {
    let dir = support::fresh_dir(&format!("l1-{name}"));
    CheckpointStore::new(dir.join("relayer.checkpoint"))
}

/// One test's L1: the dev chain with a fresh rollup contract, the block it was deployed
/// in, and the follower's sink and checkpoint.
async fn start(name: &str) -> (DevChain, Address, u64, MemorySink, CheckpointStore) {
    let l1 = DevChain::connect().await;
    let (rollup, deployed_at) = l1.deploy_rollup().await;
    (l1, rollup, deployed_at, MemorySink::default(), store(name))
}

fn follower(
    url: &Url,
    rollup: Address,
    store: &CheckpointStore,
    sink: &MemorySink,
    options: FollowOptions,
) -> Follower<RpcReader, MemorySink> {
    let reader = RpcReader::new(url.clone(), rollup, Duration::from_secs(2));
    Follower::new(reader, sink.clone(), store.clone(), options).unwrap()
}

fn actions(sink: &MemorySink) -> Vec<Action> {
    sink.delivered().into_iter().map(|r| r.action).collect()
}

fn assert_once_each(sink: &MemorySink) {
    let delivered = sink.delivered();
    let mut origins: Vec<_> = delivered
        .iter()
        .map(|r| (r.origin.block_number, r.origin.log_index))
        .collect();
    origins.dedup();
    assert_eq!(
        origins.len(),
        delivered.len(),
        "an L1 log was acted on twice"
    );
}

fn proposal(block_id: u64, parent: B256, gas_used: u64) -> Action {
    Action::ProverPool(prover_pool::ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: HexBinary::from(parent.as_slice()),
        gas_used,
    })
}

/// Proposes block `block_id` on a parent hash made of that byte, and returns the action
/// the follower should hand on for it.
async fn propose(l1: &DevChain, rollup: Address, block_id: u64, gas_used: u64) -> Action {
    let parent = B256::repeat_byte(block_id as u8);
    l1.propose(rollup, parent, gas_used).await;
    proposal(block_id, parent, gas_used)
}

/// Proposes each block of `block_ids`, block `id` with `gas_used(id)`; the actions for them.
async fn propose_each(
    l1: &DevChain,
    rollup: Address,
    block_ids: RangeInclusive<u64>,
    gas_used: impl Fn(u64) -> u64,
) -> Vec<Action> {
    let mut actions = vec![];
    for block_id in block_ids {
        actions.push(propose(l1, rollup, block_id, gas_used(block_id)).await);
    }
    actions
}

/// Proves block `block_id` for [`PROVER`], and returns the action the follower should hand
/// on for it.
async fn prove(l1: &DevChain, rollup: Address, block_id: u64) -> Action {
    let receipt = l1.prove(rollup, block_id, PROVER).await;
    proof(block_id, l1.block_time(receipt.block_number.unwrap()).await)
}

fn proof(block_id: u64, proven_at: u64) -> Action {
    Action::ProverPool(prover_pool::ExecuteMsg::ProveBlock {
        block_id,
        prover: PROVER.to_string(),
        proven_at,
    })
}

fn operator_result(
    valoper: &str,
    light_rewards: u128,
    penalty: u128,
    score: u64,
) -> OperatorResult {
    OperatorResult {
        valoper: valoper.to_string(),
        lightRewards: light_rewards,
        penalty,
        score,
    }
}

/// What the canonical chain holds now for `rollup`, as the follower should act on it.
async fn canonical_actions(l1: &DevChain, rollup: Address, to: u64) -> Vec<Relayed> {
    let filter = Filter::new().address(rollup).from_block(0).to_block(to);
    let logs = l1.provider.get_logs(&filter).await.unwrap();
    logs.iter()
        .filter_map(|log| translate(log).unwrap())
        .collect()
}

/// `checkpoint` is the newest block with `confirmations` confirmations under `head`, as
/// the chain holds it now.
async fn assert_confirmed_head(
    l1: &DevChain,
    checkpoint: Checkpoint,
    head: u64,
    confirmations: u64,
) {
    assert_eq!(checkpoint.number, head + 1 - confirmations);
    assert_eq!(checkpoint.hash, l1.block_hash(checkpoint.number).await);
}

async fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < timeout,
            "{what}: not within {timeout:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    started.elapsed()
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn proposals_proofs_and_reports_are_acted_on_once_confirmed() {
    let (mut l1, rollup, deployed_at, sink, store) = start("normal").await;
    let mut expected = propose_each(&l1, rollup, 1..=3, |id| 100_000 * id).await;
    for id in [2, 1] {
        expected.push(prove(&l1, rollup, id).await);
    }
    let operators = vec![
        operator_result("cosmosvaloper1alpha", 5_000, 0, 1_000_000_000_000_000_000),
        operator_result("cosmosvaloper1beta", 1_200, 300, 750_000_000_000_000_000),
    ];
    let report = l1
        .report_epoch(rollup, 1, 1_800_000_000, 77_000, operators)
        .await;
    expected.push(Action::Oracle(oracle::ExecuteMsg::Submit {
        report: Report {
            epoch: 1,
            epoch_end: Timestamp::from_seconds(1_800_000_000),
            heavy_rewards: Uint128::new(77_000),
            operators: vec![
                OperatorReport {
                    valoper: "cosmosvaloper1alpha".to_string(),
                    light_rewards: Uint128::new(5_000),
                    penalty: Uint128::zero(),
                    score: Decimal::one(),
                },
                OperatorReport {
                    valoper: "cosmosvaloper1beta".to_string(),
                    light_rewards: Uint128::new(1_200),
                    penalty: Uint128::new(300),
                    score: Decimal::percent(75),
                },
            ],
        },
    }));

    // Each call is a block of its own, and geth may seal empty blocks after the report's:
    // once the node is still, the depth is set one block beyond the report's
    // confirmations, so the report waits while what is deep enough is acted on.
    l1.until_still().await;
    let report_confirmations = l1.head().await + 1 - report.block_number.unwrap();
    let depth = CONFIRMATIONS.max(report_confirmations + 1);
    let mut opts = options(deployed_at, 500);
    opts.confirmations = depth;
    let mut f = follower(&l1.url, rollup, &store, &sink, opts);
    let head = f.catch_up().await.unwrap();
    let confirmed: Vec<Action> = canonical_actions(&l1, rollup, head + 1 - depth)
        .await
        .into_iter()
        .map(|relayed| relayed.action)
        .collect();
    assert!(
        confirmed.len() < expected.len(),
        "the report is still unconfirmed"
    );
    assert_eq!(confirmed, expected[..confirmed.len()]);
    assert_eq!(actions(&sink), confirmed);
    assert_eq!(f.checkpoint().unwrap().number, head + 1 - depth);

    l1.mine(depth).await;
    let head = f.catch_up().await.unwrap();
    assert_eq!(actions(&sink), expected);
    assert_once_each(&sink);
    let checkpoint = store.load().unwrap().unwrap();
    assert_confirmed_head(&l1, checkpoint, head, depth).await;
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn a_follower_dropped_mid_run_is_resumed_from_its_checkpoint() {
    let (mut l1, rollup, deployed_at, sink, store) = start("restart").await;
    let mut expected = vec![];
    for id in 1..=20u64 {
        expected.push(propose(&l1, rollup, id, id).await);
        expected.push(prove(&l1, rollup, id).await);
    }
    l1.mine(CONFIRMATIONS).await;
    let confirmed = l1.head().await + 1 - CONFIRMATIONS;

    let mut restarts = 0;
    while store.load().unwrap().is_none_or(|c| c.number < confirmed) {
        assert!(restarts < 500, "no progress across restarts");
        let mut f = follower(&l1.url, rollup, &store, &sink, options(deployed_at, 3));
        let run = tokio::spawn(async move { f.run().await });
        tokio::time::sleep(Duration::from_millis(3 + restarts % 11)).await;
        run.abort();
        assert!(run.await.unwrap_err().is_cancelled());
        restarts += 1;
    }
    eprintln!("dropped and restarted the follower {restarts} times");
    assert!(
        restarts >= 3,
        "the run was too short to be cut: {restarts} restarts"
    );
    assert_eq!(actions(&sink), expected);
    assert_once_each(&sink);
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn an_unconfirmed_event_rewound_away_is_never_acted_on() {
    let (mut l1, rollup, deployed_at, sink, store) = start("shallow").await;
    l1.mine(CONFIRMATIONS).await;
    let mut f = follower(&l1.url, rollup, &store, &sink, options(deployed_at, 500));
    f.catch_up().await.unwrap();

    let orphan = l1.propose(rollup, B256::repeat_byte(0x0d), 1).await;
    let (orphan_number, orphan_hash) = (orphan.block_number.unwrap(), orphan.block_hash.unwrap());
    l1.mine(CONFIRMATIONS - 2).await;
    f.catch_up().await.unwrap();
    assert!(
        sink.delivered().is_empty(),
        "acted on a block below the depth"
    );

    // Rewind below the event, then build a different chain at the same heights.
    l1.set_head(orphan_number - 1).await;
    l1.propose(rollup, B256::repeat_byte(0x0e), 2).await;
    l1.mine(CONFIRMATIONS).await;
    assert_ne!(
        l1.block_hash(orphan_number).await,
        orphan_hash,
        "no reorg happened"
    );

    let head = f.catch_up().await.unwrap();
    let delivered = sink.delivered();
    assert!(delivered.iter().all(|r| r.origin.block_hash != orphan_hash));
    assert_eq!(
        delivered,
        canonical_actions(&l1, rollup, head + 1 - CONFIRMATIONS).await
    );
    assert!(delivered
        .iter()
        .any(|r| r.action == proposal(delivered.len() as u64, B256::repeat_byte(0x0e), 2)));
    assert_once_each(&sink);
    eprintln!(
        "after the rewind the chain holds {} proposal(s): the rewound one was {}re-included",
        delivered.len(),
        if delivered.len() == 2 { "" } else { "not " }
    );
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn a_rewind_below_handled_blocks_is_followed_from_the_last_shared_block() {
    let (mut l1, rollup, deployed_at, sink, store) = start("deep").await;
    let receipt = l1.propose(rollup, B256::repeat_byte(1), 1).await;
    let proposed_at = receipt.block_number.unwrap();
    l1.mine(CONFIRMATIONS).await;
    let mut f = follower(&l1.url, rollup, &store, &sink, options(deployed_at, 500));
    f.catch_up().await.unwrap();
    assert_eq!(actions(&sink), [proposal(1, B256::repeat_byte(1), 1)]);
    let handled = f.checkpoint().unwrap();

    // The new chain proposes another block 1 where the handled one was.
    l1.set_head(proposed_at - 1).await;
    l1.propose(rollup, B256::repeat_byte(2), 2).await;
    while l1.head().await < handled.number + CONFIRMATIONS {
        l1.mine(1).await;
    }
    assert_ne!(
        l1.block_hash(handled.number).await,
        handled.hash,
        "no reorg happened"
    );

    // A restarted follower goes back as well: the trail is in the checkpoint file.
    f = follower(&l1.url, rollup, &store, &sink, options(deployed_at, 500));
    assert!(matches!(
        f.step().await.unwrap(),
        Step::Rewound { from, to } if from == handled.number && to == proposed_at - 1
    ));
    let head = f.catch_up().await.unwrap();
    assert_eq!(
        actions(&sink),
        [
            proposal(1, B256::repeat_byte(1), 1),
            proposal(1, B256::repeat_byte(2), 2)
        ],
        "the old chain's action was handed on before the reorg, the new chain's after it"
    );
    assert_confirmed_head(&l1, f.checkpoint().unwrap(), head, CONFIRMATIONS).await;
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn a_follower_backs_off_while_the_rpc_is_down_then_catches_up() {
    let (mut l1, rollup, deployed_at, sink, store) = start("rpc-down").await;
    let mut proxy = Proxy::start(l1.socket_addr()).await;
    let mut opts = options(deployed_at, 500);
    opts.backoff.max_attempts = None;
    let mut f = follower(&proxy.url().parse().unwrap(), rollup, &store, &sink, opts);
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let run = tokio::spawn(async move {
        while !stopped.load(Ordering::Relaxed) {
            if !matches!(f.step().await.unwrap(), Step::Handled { .. }) {
                tokio::time::sleep(opts.poll_interval).await;
            }
        }
        f
    });

    let mut expected = vec![propose(&l1, rollup, 1, 1).await];
    l1.mine(CONFIRMATIONS).await;
    wait_for("the first proposal", Duration::from_secs(10), || {
        actions(&sink) == expected
    })
    .await;

    proxy.down().await;
    expected.extend(propose_each(&l1, rollup, 2..=6, |id| id).await);
    l1.mine(CONFIRMATIONS).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(sink.delivered().len(), 1, "acted on while the RPC was down");

    proxy.up().await;
    let catch_up = wait_for("catching up", Duration::from_secs(10), || {
        actions(&sink) == expected
    })
    .await;
    stop.store(true, Ordering::Relaxed);
    let f = run.await.unwrap();
    eprintln!(
        "RPC down 2 s: {} failed reads retried, caught up {catch_up:?} after it came back",
        f.rpc_failures()
    );
    assert!(f.rpc_failures() >= 3, "the follower did not retry");
    // Within the longest backoff wait plus a poll, not after an ever-growing delay.
    assert!(catch_up < Duration::from_millis(1_500));
    assert_once_each(&sink);
}

#[tokio::test]
#[ignore = "needs a geth dev node: run tests/l1/run.sh"]
async fn a_backlog_of_a_thousand_blocks_is_caught_up() {
    const BLOCKS: u64 = 1_000;
    const EVERY: u64 = 50;
    let (mut l1, rollup, deployed_at, sink, store) = start("backlog").await;
    let mut expected = vec![];
    for id in 1..=BLOCKS / EVERY {
        expected.push(propose(&l1, rollup, id, id).await);
        l1.mine(EVERY - 1).await;
    }
    l1.mine(CONFIRMATIONS).await;

    let mut f = follower(&l1.url, rollup, &store, &sink, options(deployed_at, 500));
    let started = Instant::now();
    f.catch_up().await.unwrap();
    let elapsed = started.elapsed();
    let blocks = f.checkpoint().unwrap().number - deployed_at + 1;
    assert!(blocks >= BLOCKS);
    eprintln!(
        "caught up {blocks} L1 blocks in {elapsed:.2?}: {:.0} blocks/s",
        blocks as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(actions(&sink), expected);
    assert_once_each(&sink);
}
