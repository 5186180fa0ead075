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
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
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
    rpc_failures: Arc<AtomicU64>,
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
            rpc_failures: Arc::default(),
        })
    }

    /// Counts failed L1 reads in `counter` as they happen, so a status endpoint shows an
    /// outage while the reads are still retried.
    pub fn counting_rpc_failures_in(mut self, counter: Arc<AtomicU64>) -> Self {
        self.rpc_failures = counter;
        self
    }

    /// The last handled block.
    pub fn checkpoint(&self) -> Option<Checkpoint> {
        self.trail.as_ref().map(Trail::last)
    }

    /// Failed L1 reads so far, retried ones included.
    pub fn rpc_failures(&self) -> u64 {
        self.rpc_failures.load(Ordering::Relaxed)
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
        let canonical_headers = read_l1(&self.options.backoff, &self.rpc_failures, || async move {
            let head = reader.head().await?;
            match head.min(handled.number) {
                newest if newest >= oldest => reader.headers(oldest, newest).await,
                _ => Ok(vec![]),
            }
        })
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
        read_l1(&backoff, &self.rpc_failures, || async move {
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

/// Runs `read` under `backoff`, retrying every failure, each counted in `failures` at once.
async fn read_l1<T, F: Future<Output = Result<T, RpcError>>>(
    backoff: &Backoff,
    failures: &AtomicU64,
    read: impl FnMut() -> F,
) -> Result<T, FollowError> {
    let result = retry(
        backoff,
        read,
        |_: &RpcError| true,
        |error: &RpcError, wait| {
            failures.fetch_add(1, Ordering::Relaxed);
            warn!(
                retry_in_ms = wait.as_millis() as u64,
                "L1 read failed: {error}"
            );
        },
    )
    .await;
    result.map_err(|GaveUp { attempts, last }| {
        failures.fetch_add(1, Ordering::Relaxed);
        FollowError::Rpc { attempts, last }
    })
}

#[cfg(test)]
mod tests;
