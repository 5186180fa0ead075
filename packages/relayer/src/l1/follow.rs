//! The L1 follower: reads the rollup contract's events from blocks with the confirmation
//! depth, page by page, hands their actions to a sink and checkpoints each page.
//!
//! A page's checkpoint is saved right after the sink took its actions, with no await in
//! between, so a follower that is dropped or aborted has either handed a page and
//! checkpointed it or done neither: the next one resumes after the checkpoint and hands
//! nothing twice. Only a process killed inside `ActionSink::deliver` can hand a page
//! again; the sink tells such actions apart by their [`Origin`](super::action::Origin).
//!
//! A reorg deeper than the confirmation depth replaces blocks whose actions were handed
//! on. The follower goes back to the newest handled block L1 still has (its checkpoint
//! keeps the last [`TRAIL_BLOCKS`] of them) and follows the new chain from there: the sink
//! hands on again only what the contracts do not hold. A reorg deeper than the trail stops
//! the follower for an operator.

use std::convert::Infallible;
use std::future::Future;
use std::time::Duration;

use alloy::primitives::B256;
use thiserror::Error;
use tracing::warn;

use super::reader::{L1Reader, RpcError};
use super::reorg::{check_page, BlockHeader, ChainBreak};
use super::sink::{ActionSink, SinkError};
use super::translate::{translate, TranslateError};
use crate::checkpoint::{Checkpoint, CheckpointError, CheckpointStore, Trail, TRAIL_BLOCKS};
use faro_client::retry::{retry, Backoff, GaveUp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowOptions {
    /// A block is handled once it has this many confirmations (itself included): the
    /// head has `1`.
    pub confirmations: u64,
    /// The first block handled when there is no checkpoint.
    pub start_block: u64,
    /// The most blocks read and handled at once.
    pub page_size: u64,
    /// The wait after catching up with the confirmed head.
    pub poll_interval: Duration,
    pub backoff: Backoff,
}

#[derive(Error, Debug)]
pub enum FollowError {
    #[error("follow options: {0}")]
    Options(&'static str),
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    #[error("gave up after {attempts} failed L1 reads in a row: {last}")]
    Rpc { attempts: u32, last: RpcError },
    #[error(
        "L1 reorganised below the confirmation depth and below the last {TRAIL_BLOCKS} handled \
         blocks: block {} was {} when handled, now {canonical}; the relayer stops for an operator",
        handled.number, handled.hash
    )]
    ReorgBelowDepth {
        handled: Checkpoint,
        canonical: B256,
    },
    #[error("the rollup log at block {block} index {log_index}: {source}")]
    Translate {
        block: u64,
        log_index: u64,
        source: TranslateError,
    },
    #[error(transparent)]
    Sink(#[from] SinkError),
}

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Blocks `from..=to` were handled, with `actions` actions; `head` was L1's newest
    /// block then.
    Handled {
        from: u64,
        to: u64,
        head: u64,
        actions: usize,
    },
    /// Every block with the confirmation depth is handled.
    CaughtUp { head: u64 },
    /// L1 moved while the page from `from` was read; nothing of it was handled.
    PageChanged { from: u64 },
    /// L1 replaced handled blocks above `to`, up to `from`: the follower goes on from `to`,
    /// the newest handled block L1 still has.
    Rewound { from: u64, to: u64 },
}

/// A page read from L1, not yet checked.
struct Page {
    headers: Vec<BlockHeader>,
    logs: Vec<alloy::rpc::types::Log>,
}

pub struct Follower<R, S> {
    reader: R,
    sink: S,
    store: CheckpointStore,
    options: FollowOptions,
    trail: Option<Trail>,
    rpc_failures: u64,
}

impl<R: L1Reader + Sync, S: ActionSink + Send> Follower<R, S> {
    /// A follower that resumes after the store's checkpoint, or at `start_block`.
    pub fn new(
        reader: R,
        sink: S,
        store: CheckpointStore,
        options: FollowOptions,
    ) -> Result<Self, FollowError> {
        if options.confirmations == 0 {
            return Err(FollowError::Options("confirmations must be at least 1"));
        }
        if options.page_size == 0 {
            return Err(FollowError::Options("page_size must be at least 1"));
        }
        let trail = store.load_trail()?;
        Ok(Self {
            reader,
            sink,
            store,
            options,
            trail,
            rpc_failures: 0,
        })
    }

    /// The last handled block.
    pub fn checkpoint(&self) -> Option<Checkpoint> {
        self.trail.as_ref().map(Trail::last)
    }

    /// Failed L1 reads so far, retried ones included.
    pub fn rpc_failures(&self) -> u64 {
        self.rpc_failures
    }

    pub fn sink(&self) -> &S {
        &self.sink
    }

    /// Steps for ever, waiting `poll_interval` whenever there is nothing to handle; returns
    /// only on an error that needs an operator.
    pub async fn run(&mut self) -> Result<Infallible, FollowError> {
        loop {
            match self.step().await? {
                Step::Handled { .. } => {}
                Step::Rewound { .. } => {}
                Step::CaughtUp { .. } | Step::PageChanged { .. } => {
                    tokio::time::sleep(self.options.poll_interval).await
                }
            }
        }
    }

    /// Steps until every confirmed block is handled.
    pub async fn catch_up(&mut self) -> Result<u64, FollowError> {
        loop {
            match self.step().await? {
                Step::CaughtUp { head } => return Ok(head),
                Step::Handled { .. } | Step::Rewound { .. } => {}
                Step::PageChanged { .. } => tokio::time::sleep(self.options.poll_interval).await,
            }
        }
    }

    /// Handles at most one page of confirmed blocks.
    pub async fn step(&mut self) -> Result<Step, FollowError> {
        let (head, page) = self.read_page().await?;
        let Some(page) = page else {
            return Ok(Step::CaughtUp { head });
        };
        let from = page.headers.first().map_or(0, |header| header.number);
        let last = self.checkpoint();
        match check_page(last.as_ref(), &page.headers, &page.logs) {
            Ok(()) => {}
            Err(ChainBreak::WhileReading { .. }) => return Ok(Step::PageChanged { from }),
            Err(ChainBreak::BelowDepth { handled, canonical }) => {
                return self.rewind(handled, canonical).await
            }
        }
        let mut actions = Vec::new();
        for log in &page.logs {
            let relayed = translate(log).map_err(|source| FollowError::Translate {
                block: log.block_number.unwrap_or_default(),
                log_index: log.log_index.unwrap_or_default(),
                source,
            })?;
            actions.extend(relayed);
        }
        let mut trail = self.trail.clone();
        for block in page.headers.iter().map(BlockHeader::checkpoint) {
            match &mut trail {
                Some(trail) => trail.extend([block]),
                None => trail = Some(Trail::new(block)),
            }
        }
        let last = trail.as_ref().map(Trail::last);
        let count = actions.len();
        if !actions.is_empty() {
            self.sink.deliver(actions).await?;
        }
        if let Some(trail) = trail {
            self.store.save(&trail)?;
            self.trail = Some(trail);
        }
        Ok(Step::Handled {
            from,
            to: last.map_or(from, |last| last.number),
            head,
            actions: count,
        })
    }

    /// Goes back to the newest block of the trail that L1 still has, or stops.
    async fn rewind(&mut self, handled: Checkpoint, canonical: B256) -> Result<Step, FollowError> {
        let below_depth = FollowError::ReorgBelowDepth { handled, canonical };
        let Some(mut trail) = self.trail.clone() else {
            return Err(below_depth);
        };
        let oldest = trail.blocks()[0].number;
        let reader = &self.reader;
        let canonical_headers = read_l1(
            &self.options.backoff,
            &mut self.rpc_failures,
            || async move {
                let head = reader.head().await?;
                match head.min(handled.number) {
                    newest if newest >= oldest => reader.headers(oldest, newest).await,
                    _ => Ok(vec![]),
                }
            },
        )
        .await?;
        let fork = trail.blocks().iter().rev().copied().find(|kept| {
            canonical_headers
                .iter()
                .any(|header| header.checkpoint() == *kept)
        });
        let Some(fork) = fork else {
            return Err(below_depth);
        };
        trail.rewind_to(fork);
        self.store.save(&trail)?;
        self.trail = Some(trail);
        Ok(Step::Rewound {
            from: handled.number,
            to: fork.number,
        })
    }

    /// The head, and the next page of blocks that have the confirmation depth, if any;
    /// retried as a whole, so a page is always read against one head.
    async fn read_page(&mut self) -> Result<(u64, Option<Page>), FollowError> {
        let next = self
            .checkpoint()
            .map_or(self.options.start_block, |last| last.number + 1);
        let FollowOptions {
            confirmations,
            page_size,
            backoff,
            ..
        } = self.options;
        let reader = &self.reader;
        read_l1(&backoff, &mut self.rpc_failures, || async move {
            let head = reader.head().await?;
            let Some(confirmed) = (head + 1).checked_sub(confirmations) else {
                return Ok((head, None));
            };
            if next > confirmed {
                return Ok((head, None));
            }
            let to = confirmed.min(next.saturating_add(page_size - 1));
            let headers = reader.headers(next, to).await?;
            let mut logs = reader.logs(next, to).await?;
            logs.sort_by_key(|log| (log.block_number, log.log_index));
            Ok((head, Some(Page { headers, logs })))
        })
        .await
    }
}

/// Runs `read` under `backoff`, retrying every failure, each counted in `failures`.
async fn read_l1<T, F: Future<Output = Result<T, RpcError>>>(
    backoff: &Backoff,
    failures: &mut u64,
    read: impl FnMut() -> F,
) -> Result<T, FollowError> {
    let mut retried = 0;
    let result = retry(
        backoff,
        read,
        |_: &RpcError| true,
        |error: &RpcError, wait| {
            retried += 1;
            warn!(
                retry_in_ms = wait.as_millis() as u64,
                "L1 read failed: {error}"
            );
        },
    )
    .await;
    *failures += retried;
    result.map_err(|GaveUp { attempts, last }| {
        *failures += 1;
        FollowError::Rpc { attempts, last }
    })
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Mutex;

    use alloy::primitives::{Address, LogData};
    use alloy::rpc::types::Log;
    use alloy::sol_types::SolEvent;

    use super::super::action::Relayed;
    use super::super::contract::RollupL1::BlockProposed;
    use super::super::reader::transport_error;
    use super::super::sink::MemorySink;
    use super::*;

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
}
