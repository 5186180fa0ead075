//! `faro-relayer run`: the follower and the chain sink, kept going through failures of
//! either side, with the status endpoint beside them.
//!
//! L1 reads are retried inside the follower for as long as it takes. A delivery to the
//! chain that fails (node down, tx not included, relayer out of funds) ends the follower;
//! this loop waits by the backoff and starts a new one from the checkpoint, which hands the
//! page again, and the sink skips what reached the chain. What needs an operator (a reorg
//! deeper than the relayer remembers, an L1 log that does not decode, an unwritable
//! checkpoint) ends the run.

use std::convert::Infallible;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::Address;
use faro_client::retry::Backoff;
use faro_client::{Client, ClientError, Signer};
use thiserror::Error;
use tokio::net::TcpListener;
use tracing::{info, warn};

use crate::checkpoint::CheckpointStore;
use crate::config::{Config, Key};
use crate::cosmos::sink::ChainSink;
use crate::l1::follow::{FollowError, FollowOptions, Follower, Step};
use crate::l1::reader::{RpcReader, Url};
use crate::status::{self, add, set, Metrics};

/// Blocks read and handled at once.
const PAGE_SIZE: u64 = 500;
/// Each L1 call's limit.
const L1_TIMEOUT: Duration = Duration::from_secs(10);
/// Between restarts after the chain side failed, and between L1 reads that failed.
const BACKOFF: Backoff = Backoff {
    initial: Duration::from_millis(500),
    max: Duration::from_secs(30),
    max_attempts: None,
};

#[derive(Error, Debug)]
pub enum RunError {
    #[error("the relayer's key: {0}")]
    Key(ClientError),
    #[error("l1.rpc_url or l1.rollup_contract: {0}")]
    L1Address(String),
    #[error("cannot serve the status on {listen}: {source}")]
    Status {
        listen: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Follow(FollowError),
}

/// Runs until an error that needs an operator.
pub async fn run(config: Config) -> Result<Infallible, RunError> {
    let signer = signer(&config).map_err(RunError::Key)?;
    let url = Url::parse(&config.l1.rpc_url).map_err(|e| RunError::L1Address(e.to_string()))?;
    let rollup = Address::from_str(&config.l1.rollup_contract)
        .map_err(|e| RunError::L1Address(e.to_string()))?;
    let metrics = Arc::new(Metrics::default());
    let listener = TcpListener::bind(config.status.listen)
        .await
        .map_err(|source| RunError::Status {
            listen: config.status.listen,
            source,
        })?;
    tokio::spawn(status::serve(listener, metrics.clone()));
    info!(
        relayer = signer.address(),
        status = %config.status.listen,
        "relaying {} from {}",
        config.l1.rollup_contract,
        config.l1.rpc_url
    );

    let mut failures = 0;
    loop {
        let reader = RpcReader::new(url.clone(), rollup, L1_TIMEOUT);
        let error = match connect(&config, &metrics).await {
            Ok(sink) => follow(&config, reader, sink, &metrics, &mut failures).await,
            Err(error) => FollowError::Sink(crate::l1::sink::SinkError(Box::new(error))),
        };
        match error {
            FollowError::Sink(error) => {
                failures += 1;
                add(&metrics.chain_failures, 1);
                let wait = BACKOFF.delay(failures);
                warn!(
                    retry_in_ms = wait.as_millis() as u64,
                    "the chain side failed, resuming from the checkpoint: {error}"
                );
                tokio::time::sleep(wait).await;
            }
            fatal => return Err(RunError::Follow(fatal)),
        }
    }
}

fn signer(config: &Config) -> Result<Signer, ClientError> {
    let prefix = &config.cosmos.prefix;
    match &config.cosmos.key {
        Key::MnemonicEnv(variable) => Signer::from_env_variable(variable, prefix),
        Key::MnemonicFile(path) => Signer::from_key_file(path, prefix),
    }
}

async fn connect(config: &Config, metrics: &Arc<Metrics>) -> Result<ChainSink, ClientError> {
    let client = Client::connect(
        &config.cosmos.rpc_url,
        &config.cosmos.chain_id,
        &config.cosmos.gas_denom,
        config.gas_price(),
    )
    .await?
    .with_gas_adjustment(config.gas_adjustment());
    ChainSink::new(
        client,
        signer(config)?,
        config.contracts.prover_pool.clone(),
        config.contracts.oracle.clone(),
        config.relay.batch_size as usize,
        metrics.clone(),
    )
    .await
}

/// Follows L1 until the follower fails; returns why.
async fn follow(
    config: &Config,
    reader: RpcReader,
    sink: ChainSink,
    metrics: &Metrics,
    failures: &mut u32,
) -> FollowError {
    let options = FollowOptions {
        confirmations: config.l1.confirmations,
        start_block: config.l1.start_block,
        page_size: PAGE_SIZE,
        poll_interval: Duration::from_millis(config.relay.poll_interval_ms),
        backoff: BACKOFF,
    };
    let store = CheckpointStore::new(&config.relay.checkpoint);
    let mut follower = match Follower::new(reader, sink, store, options) {
        Ok(follower) => follower.counting_rpc_failures_in(metrics.l1_rpc_failures.clone()),
        Err(error) => return error,
    };
    loop {
        let step = follower.step().await;
        let wait = match step {
            Err(error) => return error,
            Ok(Step::Handled {
                from,
                to,
                head,
                actions,
            }) => {
                *failures = 0;
                set(&metrics.checkpoint, to);
                set(&metrics.l1_head, head);
                if actions > 0 {
                    info!(from, to, actions, "relayed");
                }
                false
            }
            Ok(Step::CaughtUp { head }) => {
                set(&metrics.l1_head, head);
                if let Some(last) = follower.checkpoint() {
                    set(&metrics.checkpoint, last.number);
                }
                true
            }
            Ok(Step::Rewound { from, to }) => {
                add(&metrics.deep_reorgs, 1);
                set(&metrics.checkpoint, to);
                warn!(
                    from,
                    to,
                    "L1 replaced handled blocks: following the new chain from the last block both share"
                );
                false
            }
            Ok(Step::PageChanged { from }) => {
                info!(from, "L1 moved while a page was read; reading it again");
                true
            }
        };
        if wait {
            tokio::time::sleep(options.poll_interval).await;
        }
    }
}
