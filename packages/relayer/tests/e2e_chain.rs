//! The relayer end to end: geth `--dev` with the rollup contract, the local chain with Faro
//! deployed, and the `faro-relayer` binary between them, killed and restarted, cut off from
//! both RPCs, and run through reorgs above and below its confirmation depth.
//!
//! One test in phases, on one deployment: `tests/e2e/relayer.sh` starts both nodes,
//! deploys Faro and runs it. Prints the latency from L1 to chain inclusion and the catch-up
//! throughput over a backlog.

mod support;

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, U256};
use cosmwasm_std::Uint128;
use faro_client::protocol::Protocol;
use faro_client::Signer;
use faro_types::oracle::FinalStatus;
use faro_types::prover_pool::Outcome;
use support::dev_chain::DevChain;
use support::faro_chain::{eventually, FaroChain};
use support::proxy::Proxy;
use support::relayer_process::{RelayerProcess, RelayerSettings};

const CONFIRMATIONS: u64 = 3;
/// Rollup gas of each proposed block.
const GAS: u64 = 1_000_000;
/// Blocks the prover may have in flight: every block this test proposes.
const CAPACITY: u32 = 128;
const STATUS_PORT: u16 = 39464;
const WAIT: Duration = Duration::from_secs(60);

struct World {
    l1: DevChain,
    rollup: Address,
    faro: FaroChain,
    relayer: RelayerProcess,
    l1_proxy: Proxy,
    cosmos_proxy: Proxy,
    prover: Signer,
    /// Rollup blocks proposed on L1 so far (the contract numbers them from 1).
    proposed: u64,
}

impl World {
    /// Proposes one rollup block on L1; returns its id and L1 block.
    async fn propose(&mut self, gas: u64) -> (u64, u64) {
        let parent = B256::from(U256::from(self.proposed + 1));
        let receipt = self.l1.propose(self.rollup, parent, gas).await;
        self.proposed += 1;
        (self.proposed, receipt.block_number.unwrap())
    }

    async fn on_chain(&self, block_id: u64) -> Option<u64> {
        self.faro.block(block_id).await.map(|block| block.gas_used)
    }

    /// Waits until the relayer has handled every confirmed L1 block, which it records only
    /// after their actions are on chain.
    async fn relayer_idle(&mut self) -> faro_relayer::status::Status {
        let confirmed = self.l1.head().await + 1 - CONFIRMATIONS;
        self.relayer
            .wait_for("the relayer idle", WAIT, |s| s.checkpoint >= confirmed)
            .await
    }

    async fn wait_proposed(&self, block_id: u64) -> u64 {
        eventually(&format!("block {block_id} on chain"), WAIT, || {
            self.on_chain(block_id)
        })
        .await
    }
}

async fn setup() -> World {
    let l1 = DevChain::connect().await;
    let (rollup, deployed_at) = l1.deploy_rollup().await;
    let faro = FaroChain::connect().await;
    let contracts = &faro.deployment.contracts;

    // Bob stakes as the only prover; the oracle holds the rollup's bridged rewards.
    let prover = faro.signer("bob");
    let protocol = Protocol::new(&faro.client, &faro.deployment);
    let stake = CAPACITY as u128 * 1_000_000;
    protocol.bond(&prover, 2 * stake).await.unwrap();
    let heavy = protocol.heavy_balance(prover.address()).await.unwrap();
    protocol.wrap(&prover, heavy).await.unwrap();
    protocol
        .stake_prover(
            &prover,
            stake,
            cosmwasm_std::Decimal::permille(25),
            CAPACITY,
        )
        .await
        .unwrap();
    let alice = faro.signer("alice");
    let fund = faro_client::bank::send(
        alice.address(),
        &contracts.oracle,
        1_000_000,
        &faro.deployment.denom,
    );
    faro.client.submit(&alice, vec![fund]).await.unwrap();

    let l1_proxy = Proxy::start(l1.socket_addr()).await;
    let cosmos_proxy = Proxy::start(
        faro.rpc
            .trim_start_matches("http://")
            .parse()
            .expect("FARO_RPC is http://host:port"),
    )
    .await;
    let dir = support::fresh_dir("relayer-e2e");
    let relayer = RelayerProcess::configure(
        &dir,
        &RelayerSettings {
            l1_rpc: &l1_proxy.url(),
            rollup: &rollup.to_string(),
            start_block: deployed_at,
            confirmations: CONFIRMATIONS,
            cosmos_rpc: &cosmos_proxy.url(),
            chain_id: &faro.deployment.chain_id,
            denom: &faro.deployment.denom,
            oracle: &contracts.oracle,
            prover_pool: &contracts.prover_pool,
            status_port: STATUS_PORT,
        },
    );
    World {
        l1,
        rollup,
        faro,
        relayer,
        l1_proxy,
        cosmos_proxy,
        prover,
        proposed: 0,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs geth and the local chain with Faro deployed: run tests/e2e/relayer.sh"]
async fn the_relayer_carries_the_rollup_to_the_chain() {
    let mut w = setup().await;
    w.relayer.start();

    proposals_and_proofs_settle_in_the_pool(&mut w).await;
    an_epoch_report_becomes_a_final_oracle_report(&mut w).await;
    a_relayer_killed_mid_run_loses_nothing_and_sends_nothing_twice(&mut w).await;
    rewinds_above_and_below_the_confirmation_depth_are_handled(&mut w).await;
    both_rpcs_down_for_a_while_then_caught_up(&mut w).await;
    a_backlog_is_caught_up(&mut w).await;

    let status = w.relayer.status().await.unwrap();
    assert_eq!(status.actions_refused, 0, "{}", w.relayer.logs());
    eprintln!("final status: {status:?}");
}

/// Five blocks, each proposed, confirmed, on chain, then proven and paid in time; prints
/// the latency from the confirming L1 block to the chain's answer.
async fn proposals_and_proofs_settle_in_the_pool(w: &mut World) {
    let mut latencies = vec![];
    for _ in 0..5 {
        let (block_id, _) = w.propose(GAS).await;
        w.l1.mine(CONFIRMATIONS - 1).await;
        let confirmed = Instant::now();
        assert_eq!(w.wait_proposed(block_id).await, GAS);
        latencies.push(confirmed.elapsed());
    }
    let prover = w.prover.address().to_string();
    for block_id in 1..=5 {
        w.l1.prove(w.rollup, block_id, &prover).await;
    }
    w.l1.mine(CONFIRMATIONS - 1).await;
    for block_id in 1..=5 {
        let settled = eventually(&format!("block {block_id} settled"), WAIT, || async {
            w.faro
                .block(block_id)
                .await
                .and_then(|block| block.settlement)
        })
        .await;
        assert_eq!(settled.outcome, Outcome::InTime);
        assert_eq!(settled.prover.as_str(), prover);
        assert!(settled.paid > Uint128::zero());
    }
    latencies.sort();
    eprintln!(
        "L1 confirmation to chain inclusion, {} blocks: median {:?}, max {:?} \
         (add {CONFIRMATIONS} L1 block times for the event itself)",
        latencies.len(),
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1]
    );
}

async fn an_epoch_report_becomes_a_final_oracle_report(w: &mut World) {
    let epoch_end = w.faro.chain_time().await - 5;
    w.l1.report_epoch(w.rollup, 1, epoch_end, 5_000, vec![])
        .await;
    w.l1.mine(CONFIRMATIONS - 1).await;
    let report = eventually("the epoch's final report", WAIT, || w.faro.final_report(1)).await;
    assert_eq!(report.status, FinalStatus::Applied);
    assert_eq!(report.report.heavy_rewards, Uint128::new(5_000));
    w.relayer
        .wait_for("the report counted", WAIT, |s| s.reports_sent == 1)
        .await;
}

/// 60 proposals; the relayer is killed once some of them are on chain, and started again.
async fn a_relayer_killed_mid_run_loses_nothing_and_sends_nothing_twice(w: &mut World) {
    let first = w.proposed + 1;
    for _ in 0..60 {
        w.propose(GAS).await;
    }
    let last = w.proposed;
    w.l1.mine(CONFIRMATIONS - 1).await;
    eventually("part of the backlog on chain", WAIT, || async {
        w.on_chain(first).await.map(|_| ())
    })
    .await;
    let partly = w.on_chain(last).await.is_none();
    w.relayer.kill();
    w.relayer.start();
    for block_id in first..=last {
        assert_eq!(w.wait_proposed(block_id).await, GAS);
    }
    let status = w.relayer.status().await.unwrap();
    assert_eq!(status.actions_refused, 0, "{}", w.relayer.logs());
    eprintln!(
        "killed with {} of 60 proposals on chain; after the restart: {} sent, {} found on chain",
        if partly { "some" } else { "all" },
        status.proposals_sent,
        status.actions_skipped
    );
}

/// Below the depth: an unconfirmed proposal is rewound away and replaced; the chain gets
/// the replacement only. Above it: handled blocks are rewound and the new chain
/// proposes the same block again and a new one; the relayer follows the new chain and
/// sends only the new block.
async fn rewinds_above_and_below_the_confirmation_depth_are_handled(w: &mut World) {
    // Rewound at once: one confirmation, or two when geth seals a stray empty block, and
    // never the three the relayer waits for.
    let (block_id, at) = w.propose(111).await;
    w.l1.set_head(at - 1).await;
    w.proposed -= 1;
    let (replacement, _) = w.propose(222).await;
    assert_eq!(replacement, block_id);
    w.l1.mine(CONFIRMATIONS - 1).await;
    assert_eq!(
        w.wait_proposed(block_id).await,
        222,
        "the rewound proposal reached the chain"
    );

    let reorgs_before = w.relayer.status().await.unwrap().deep_reorgs;
    let (handled, at) = w.propose(333).await;
    w.l1.mine(CONFIRMATIONS - 1).await;
    w.wait_proposed(handled).await;
    w.relayer
        .wait_for("the handled block checkpointed", WAIT, |s| {
            s.checkpoint >= at
        })
        .await;
    w.l1.set_head(at - 1).await;
    w.proposed -= 1;
    assert_eq!(w.propose(333).await.0, handled);
    let (new, _) = w.propose(444).await;
    w.l1.mine(CONFIRMATIONS).await;
    assert_eq!(w.wait_proposed(new).await, 444);
    let status = w
        .relayer
        .wait_for("the deep reorg counted", WAIT, |s| {
            s.deep_reorgs > reorgs_before
        })
        .await;
    assert_eq!(w.on_chain(handled).await, Some(333));
    assert_eq!(status.actions_refused, 0, "{}", w.relayer.logs());
}

/// Both RPCs go away while 5 blocks are proposed. The L1 one comes back once the relayer
/// has failed to read it, the chain's once the relayer has failed to deliver the proposals
/// (each failure a restart from the checkpoint); then the relayer catches up.
async fn both_rpcs_down_for_a_while_then_caught_up(w: &mut World) {
    let before = w.relayer_idle().await;
    w.l1_proxy.down().await;
    w.cosmos_proxy.down().await;
    let down = Instant::now();
    let first = w.proposed + 1;
    for _ in 0..5 {
        w.propose(GAS).await;
    }
    w.l1.mine(CONFIRMATIONS - 1).await;
    w.relayer
        .wait_for("a failed L1 read", WAIT, |s| {
            s.l1_rpc_failures > before.l1_rpc_failures
        })
        .await;
    w.l1_proxy.up().await;
    let l1_down = down.elapsed();
    w.relayer
        .wait_for("a failed delivery", WAIT, |s| {
            s.chain_failures > before.chain_failures
        })
        .await;
    assert_eq!(
        w.on_chain(first).await,
        None,
        "relayed through a closed RPC"
    );
    w.cosmos_proxy.up().await;
    let chain_down = down.elapsed();
    let back = Instant::now();
    for block_id in first..=w.proposed {
        w.wait_proposed(block_id).await;
    }
    let status = w.relayer_idle().await;
    assert_eq!(status.proposals_sent, before.proposals_sent + 5);
    eprintln!(
        "L1 RPC down {l1_down:.1?}, chain RPC down {chain_down:.1?}: {} failed L1 reads and {} \
         failed deliveries retried; caught up {:?} after the chain came back",
        status.l1_rpc_failures - before.l1_rpc_failures,
        status.chain_failures - before.chain_failures,
        back.elapsed()
    );
}

/// The relayer stopped while 20 proposals and over 1,000 L1 blocks pile up.
async fn a_backlog_is_caught_up(w: &mut World) {
    let before = w.relayer.status().await.unwrap().checkpoint;
    w.relayer.kill();
    let first = w.proposed + 1;
    for _ in 0..20 {
        w.propose(GAS).await;
        w.l1.mine(50).await;
    }
    let head = w.l1.head().await;
    let checkpoint = w.relayer.status().await.map(|s| s.checkpoint);
    assert!(checkpoint.is_none(), "the relayer still answers");
    let started = Instant::now();
    w.relayer.start();
    let confirmed = head + 1 - CONFIRMATIONS;
    let status = w
        .relayer
        .wait_for("the backlog caught up", WAIT * 3, |s| {
            s.checkpoint >= confirmed
        })
        .await;
    let elapsed = started.elapsed();
    for block_id in first..=w.proposed {
        w.wait_proposed(block_id).await;
    }
    let backlog = confirmed - before;
    eprintln!(
        "caught up a backlog of {backlog}+ L1 blocks with 20 proposals in {elapsed:?}: {:.0} L1 blocks/s end to end (checkpoint {})",
        backlog as f64 / elapsed.as_secs_f64(),
        status.checkpoint
    );
    assert!(backlog >= 1_000);
}
