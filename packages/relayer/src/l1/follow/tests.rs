//! The follower over an in-memory L1: paging, resuming, retries, reorgs, bad logs.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

use alloy::primitives::{Address, LogData};
use alloy::rpc::types::Log;
use alloy::sol_types::SolEvent;

use super::*;
use crate::l1::action::Relayed;
use crate::l1::contract::RollupL1::BlockProposed;
use crate::l1::reader::transport_error;
use crate::l1::sink::MemorySink;

/// An L1 in memory: blocks 0..=head of one fork, some failing reads to come.
#[derive(Default)]
struct FakeL1 {
    headers: Mutex<Vec<BlockHeader>>,
    logs: Mutex<Vec<Log>>,
    failures_to_come: AtomicU32,
}

fn hash(number: u64, fork: u8) -> B256 {
    let mut bytes = [fork; 32];
    bytes[..8].copy_from_slice(&number.to_be_bytes());
    B256::from(bytes)
}

impl FakeL1 {
    fn with_blocks(head: u64) -> Self {
        let l1 = Self::default();
        l1.build(0, head, 0);
        l1
    }

    /// Replaces blocks `from..=to` with those of `fork`; the replaced blocks' logs go.
    fn build(&self, from: u64, to: u64, fork: u8) {
        self.logs
            .lock()
            .unwrap()
            .retain(|log| log.block_number.unwrap() < from);
        let mut headers = self.headers.lock().unwrap();
        headers.truncate(from as usize);
        for number in from..=to {
            let parent_hash = match number {
                0 => B256::ZERO,
                _ => headers[number as usize - 1].hash,
            };
            headers.push(BlockHeader {
                number,
                hash: hash(number, fork),
                parent_hash,
            });
        }
    }

    fn emit(&self, number: u64, data: LogData) {
        let block_hash = self.headers.lock().unwrap()[number as usize].hash;
        self.logs.lock().unwrap().push(Log {
            inner: alloy::primitives::Log {
                address: Address::ZERO,
                data,
            },
            block_hash: Some(block_hash),
            block_number: Some(number),
            transaction_hash: Some(B256::repeat_byte(1)),
            log_index: Some(0),
            ..Log::default()
        });
    }

    fn propose(&self, number: u64, block_id: u64) {
        let event = BlockProposed {
            blockId: block_id,
            parentHash: B256::ZERO,
            gasUsed: 1,
            proposer: Address::ZERO,
        };
        self.emit(number, event.encode_log_data());
    }

    fn fail(&self) -> Result<(), RpcError> {
        let left = self.failures_to_come.load(Ordering::SeqCst);
        if left > 0 {
            self.failures_to_come.store(left - 1, Ordering::SeqCst);
            return Err(transport_error("connection refused"));
        }
        Ok(())
    }
}

impl L1Reader for &FakeL1 {
    async fn head(&self) -> Result<u64, RpcError> {
        self.fail()?;
        Ok(self.headers.lock().unwrap().len() as u64 - 1)
    }

    async fn headers(&self, from: u64, to: u64) -> Result<Vec<BlockHeader>, RpcError> {
        self.fail()?;
        Ok(self.headers.lock().unwrap()[from as usize..=to as usize].to_vec())
    }

    async fn logs(&self, from: u64, to: u64) -> Result<Vec<Log>, RpcError> {
        self.fail()?;
        let logs = self.logs.lock().unwrap();
        Ok(logs
            .iter()
            .filter(|log| (from..=to).contains(&log.block_number.unwrap()))
            .cloned()
            .collect())
    }
}

/// A sink that always fails.
struct Refusing;

impl ActionSink for Refusing {
    async fn deliver(&mut self, _: Vec<Relayed>) -> Result<(), SinkError> {
        Err(SinkError("the chain is halted".into()))
    }
}

fn options() -> FollowOptions {
    FollowOptions {
        confirmations: 3,
        start_block: 1,
        page_size: 4,
        poll_interval: Duration::from_millis(1),
        backoff: Backoff {
            initial: Duration::from_millis(1),
            max: Duration::from_millis(2),
            max_attempts: Some(3),
        },
    }
}

fn store(name: &str) -> CheckpointStore {
    let dir = std::env::temp_dir().join(format!("faro-follow-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    CheckpointStore::new(dir.join("checkpoint"))
}

fn hash_block(number: u64, fork: u8) -> Checkpoint {
    Checkpoint {
        number,
        hash: hash(number, fork),
    }
}

fn block_ids(sink: &MemorySink) -> Vec<u64> {
    sink.delivered()
        .iter()
        .map(|relayed| match &relayed.action {
            super::super::action::Action::ProverPool(
                faro_types::prover_pool::ExecuteMsg::ProposeBlock { block_id, .. },
            ) => *block_id,
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn pages_of_confirmed_blocks_are_handled_and_checkpointed() {
    let l1 = FakeL1::with_blocks(10);
    l1.propose(2, 1);
    l1.propose(8, 2);
    l1.propose(9, 3);
    let sink = MemorySink::default();
    let mut f = Follower::new(&l1, sink.clone(), store("pages"), options()).unwrap();
    assert_eq!(
        f.step().await.unwrap(),
        Step::Handled {
            from: 1,
            to: 4,
            head: 10,
            actions: 1
        }
    );
    assert_eq!(f.catch_up().await.unwrap(), 10);
    // Block 9 has 2 confirmations of the 3 needed.
    assert_eq!(block_ids(&sink), [1, 2]);
    assert_eq!(f.checkpoint().unwrap().number, 8);
}

#[tokio::test]
async fn a_new_follower_resumes_after_the_checkpoint() {
    let l1 = FakeL1::with_blocks(10);
    l1.propose(2, 1);
    let store = store("resume");
    let sink = MemorySink::default();
    Follower::new(&l1, sink.clone(), store.clone(), options())
        .unwrap()
        .catch_up()
        .await
        .unwrap();
    l1.build(11, 14, 0);
    l1.propose(11, 2);
    let mut f = Follower::new(&l1, sink.clone(), store, options()).unwrap();
    f.catch_up().await.unwrap();
    assert_eq!(block_ids(&sink), [1, 2]);
}

#[tokio::test]
async fn a_short_chain_has_nothing_confirmed() {
    let l1 = FakeL1::with_blocks(1);
    let mut f = Follower::new(&l1, MemorySink::default(), store("short"), options()).unwrap();
    assert_eq!(f.step().await.unwrap(), Step::CaughtUp { head: 1 });
    assert_eq!(f.checkpoint(), None);
}

#[tokio::test]
async fn failed_reads_are_retried_then_given_up() {
    let l1 = FakeL1::with_blocks(10);
    l1.failures_to_come.store(2, Ordering::SeqCst);
    let mut f = Follower::new(&l1, MemorySink::default(), store("retry"), options()).unwrap();
    assert!(matches!(f.step().await, Ok(Step::Handled { .. })));
    assert_eq!(f.rpc_failures(), 2);

    l1.failures_to_come.store(3, Ordering::SeqCst);
    let err = f.step().await.unwrap_err();
    assert!(matches!(err, FollowError::Rpc { attempts: 3, .. }), "{err}");
    assert_eq!(f.rpc_failures(), 5);
}

#[tokio::test]
async fn failed_reads_are_counted_while_they_are_still_retried() {
    let l1 = FakeL1::with_blocks(10);
    l1.failures_to_come.store(u32::MAX, Ordering::SeqCst);
    let counter = Arc::new(AtomicU64::new(0));
    let unlimited = FollowOptions {
        backoff: Backoff {
            max_attempts: None,
            ..options().backoff
        },
        ..options()
    };
    let mut f = Follower::new(&l1, MemorySink::default(), store("live"), unlimited)
        .unwrap()
        .counting_rpc_failures_in(counter.clone());
    let counted = async {
        while counter.load(Ordering::Relaxed) < 3 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    };
    tokio::select! {
        step = f.step() => panic!("every read fails, yet the step ended: {step:?}"),
        counted = tokio::time::timeout(Duration::from_secs(5), counted) => {
            counted.expect("no failure counted while the reads were retried")
        }
    }
    assert!(f.rpc_failures() >= 3);
}

#[tokio::test]
async fn a_reorg_below_the_depth_goes_back_to_the_last_shared_block() {
    let l1 = FakeL1::with_blocks(10);
    l1.propose(3, 1);
    l1.propose(7, 2);
    let store = store("deep");
    let sink = MemorySink::default();
    let mut f = Follower::new(&l1, sink.clone(), store.clone(), options()).unwrap();
    f.catch_up().await.unwrap();
    assert_eq!(f.checkpoint().unwrap().number, 8);

    // Blocks 5 on are replaced; the new chain proposes block 3 at its block 6.
    l1.build(5, 12, 1);
    l1.propose(6, 3);
    assert_eq!(f.step().await.unwrap(), Step::Rewound { from: 8, to: 4 });
    assert_eq!(store.load().unwrap(), Some(hash_block(4, 0)));
    assert_eq!(f.catch_up().await.unwrap(), 12);
    // Block 7 of the old chain was handed on before the reorg; the sink, which asks
    // the contracts, decides what of it stands.
    assert_eq!(block_ids(&sink), [1, 2, 3]);
    assert_eq!(f.checkpoint(), Some(hash_block(10, 1)));
}

#[tokio::test]
async fn a_reorg_below_the_trail_stops_the_follower() {
    let l1 = FakeL1::with_blocks(300);
    let store = store("too-deep");
    let opts = FollowOptions {
        page_size: 100,
        ..options()
    };
    let mut f = Follower::new(&l1, MemorySink::default(), store.clone(), opts).unwrap();
    f.catch_up().await.unwrap();
    let handled = f.checkpoint().unwrap();
    l1.build(1, 310, 1);
    for _ in 0..2 {
        let err = f.step().await.unwrap_err();
        assert!(
            matches!(err, FollowError::ReorgBelowDepth { handled: h, canonical }
                if h == handled && canonical == hash(handled.number, 1)),
            "{err}"
        );
        assert_eq!(store.load().unwrap(), Some(handled));
        // A restarted follower stops the same way.
        f = Follower::new(&l1, MemorySink::default(), store.clone(), opts).unwrap();
    }
}

#[tokio::test]
async fn a_page_that_changed_while_read_is_dropped() {
    let l1 = FakeL1::with_blocks(10);
    l1.propose(2, 1);
    // The log says block 2 of another fork: L1 moved between the two reads.
    l1.logs.lock().unwrap()[0].block_hash = Some(hash(2, 9));
    let sink = MemorySink::default();
    let mut f = Follower::new(&l1, sink.clone(), store("changed"), options()).unwrap();
    assert_eq!(f.step().await.unwrap(), Step::PageChanged { from: 1 });
    assert!(sink.delivered().is_empty());
    assert_eq!(f.checkpoint(), None);
}

#[tokio::test]
async fn an_untranslatable_log_stops_the_follower_before_its_page() {
    let l1 = FakeL1::with_blocks(10);
    let mut data = BlockProposed {
        blockId: 1,
        parentHash: B256::ZERO,
        gasUsed: 1,
        proposer: Address::ZERO,
    }
    .encode_log_data();
    data.data = Default::default();
    l1.emit(3, data);
    let mut f = Follower::new(&l1, MemorySink::default(), store("bad"), options()).unwrap();
    let err = f.step().await.unwrap_err();
    assert!(
        matches!(err, FollowError::Translate { block: 3, .. }),
        "{err}"
    );
    assert_eq!(f.checkpoint(), None);
}

#[tokio::test]
async fn a_refused_page_is_not_checkpointed() {
    let l1 = FakeL1::with_blocks(10);
    l1.propose(2, 1);
    let mut f = Follower::new(&l1, Refusing, store("refused"), options()).unwrap();
    assert!(matches!(f.step().await, Err(FollowError::Sink(_))));
    assert_eq!(f.checkpoint(), None);
}

#[test]
fn zero_confirmations_or_page_size_are_refused() {
    let l1 = FakeL1::with_blocks(1);
    for options in [
        FollowOptions {
            confirmations: 0,
            ..options()
        },
        FollowOptions {
            page_size: 0,
            ..options()
        },
    ] {
        let result = Follower::new(&l1, MemorySink::default(), store("options"), options);
        assert!(matches!(result, Err(FollowError::Options(_))));
    }
}

#[test]
fn a_malformed_checkpoint_is_refused() {
    let store = store("malformed");
    std::fs::write(store.path(), "number = ").unwrap();
    let l1 = FakeL1::with_blocks(1);
    let result = Follower::new(&l1, MemorySink::default(), store, options());
    assert!(matches!(result, Err(FollowError::Checkpoint(_))));
}
