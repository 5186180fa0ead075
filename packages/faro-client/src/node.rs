//! The node's CometBFT RPC: ABCI queries, broadcasting and finding txs, each behind the
//! retry policy, with errors that name the node.

use std::time::Duration;

use cosmrs::rpc::client::CompatMode;
use cosmrs::rpc::endpoint::{broadcast, tx};
use cosmrs::rpc::error::ErrorDetail;
use cosmrs::rpc::{Client as _, Error as RpcError, HttpClient};
use cosmrs::tendermint::Hash;

use crate::error::{ClientError, Result};
use crate::retry::{is_transport, retry, Backoff};

/// How long one HTTP request to the node may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// How often to look at the newest block while waiting for a time.
const CLOCK_POLL: Duration = Duration::from_millis(500);

#[derive(Debug, Clone)]
pub struct Node {
    rpc: HttpClient,
    url: String,
    backoff: Backoff,
}

impl Node {
    /// Connects to `url` and speaks the RPC dialect of the node's CometBFT version.
    pub async fn connect(url: &str, backoff: Backoff) -> Result<Self> {
        let unreachable = |reason: String| ClientError::Unreachable {
            url: url.to_string(),
            reason,
        };
        let parsed = url
            .parse()
            .map_err(|e: RpcError| unreachable(e.to_string()))?;
        let probe = HttpClient::builder(parsed)
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| unreachable(e.to_string()))?;
        let mut node = Node {
            rpc: probe,
            url: url.to_string(),
            backoff,
        };
        let status = node.call(|rpc| async move { rpc.status().await }).await?;
        let compat = CompatMode::from_version(status.node_info.version)
            .map_err(|e| unreachable(e.to_string()))?;
        node.rpc.set_compat_mode(compat);
        Ok(node)
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// An ABCI query of a gRPC `path` with the protobuf `request`; returns the response
    /// bytes, or the query's error.
    pub async fn abci_query(&self, path: &str, request: Vec<u8>) -> Result<Vec<u8>> {
        let response = self
            .call(|rpc| {
                let request = request.clone();
                async move {
                    rpc.abci_query(Some(path.to_string()), request, None, false)
                        .await
                }
            })
            .await?;
        if response.code.is_err() {
            return Err(ClientError::QueryFailed {
                path: path.to_string(),
                code: response.code.value(),
                codespace: response.codespace,
                log: response.log,
            });
        }
        Ok(response.value)
    }

    pub async fn broadcast_sync(&self, tx_bytes: Vec<u8>) -> Result<broadcast::tx_sync::Response> {
        self.call(|rpc| {
            let tx_bytes = tx_bytes.clone();
            async move { rpc.broadcast_tx_sync(tx_bytes).await }
        })
        .await
    }

    /// The included tx, or `None` while no block holds it.
    pub async fn find_tx(&self, hash: Hash) -> Result<Option<tx::Response>> {
        let lookup = || {
            let rpc = self.rpc.clone();
            async move { rpc.tx(hash, false).await }
        };
        let found = retry(&self.backoff, lookup, is_transport, |_, _| {}).await;
        match found.map_err(|gave_up| gave_up.last) {
            Ok(tx) => Ok(Some(tx)),
            Err(error) if is_not_found(&error) => Ok(None),
            Err(error) => Err(self.failure(error)),
        }
    }

    pub async fn latest_height(&self) -> Result<u64> {
        let status = self.call(|rpc| async move { rpc.status().await }).await?;
        Ok(status.sync_info.latest_block_height.value())
    }

    /// The time of the newest block, in nanoseconds since the Unix epoch.
    pub async fn latest_block_time(&self) -> Result<u64> {
        let status = self.call(|rpc| async move { rpc.status().await }).await?;
        let nanos = status.sync_info.latest_block_time.unix_timestamp_nanos();
        Ok(u64::try_from(nanos).unwrap_or_default())
    }

    /// Waits until the newest block's time reaches `nanos` (Unix time), polling; fails
    /// after `max_wait`.
    pub async fn wait_for_time(&self, nanos: u64, max_wait: Duration) -> Result<()> {
        let deadline = tokio::time::Instant::now() + max_wait;
        while self.latest_block_time().await? < nanos {
            if tokio::time::Instant::now() >= deadline {
                return Err(ClientError::ClockBehind {
                    target_secs: nanos / 1_000_000_000,
                    waited: max_wait,
                });
            }
            tokio::time::sleep(CLOCK_POLL).await;
        }
        Ok(())
    }

    /// The most gas a block may use, or `None` when the chain sets no limit.
    pub async fn block_max_gas(&self) -> Result<Option<u64>> {
        let params = self
            .call(|rpc| async move { rpc.latest_consensus_params().await })
            .await?;
        Ok(u64::try_from(params.consensus_params.block.max_gas).ok())
    }

    /// The chain id the node runs.
    pub async fn network(&self) -> Result<String> {
        let status = self.call(|rpc| async move { rpc.status().await }).await?;
        Ok(status.node_info.network.to_string())
    }

    async fn call<T, F, Fut>(&self, call: F) -> Result<T>
    where
        F: Fn(HttpClient) -> Fut,
        Fut: std::future::Future<Output = Result<T, RpcError>>,
    {
        retry(
            &self.backoff,
            || call(self.rpc.clone()),
            is_transport,
            |_, _| {},
        )
        .await
        .map_err(|gave_up| self.failure(gave_up.last))
    }

    fn failure(&self, error: RpcError) -> ClientError {
        let reason = error.to_string();
        if is_transport(&error) {
            ClientError::Unreachable {
                url: self.url.clone(),
                reason: describe(&error),
            }
        } else {
            ClientError::Rpc {
                url: self.url.clone(),
                reason,
            }
        }
    }
}

/// CometBFT answers a lookup of a tx it has not indexed (yet) with an RPC error.
fn is_not_found(error: &RpcError) -> bool {
    match error.detail() {
        ErrorDetail::Response(response) => response.source.to_string().contains("not found"),
        _ => false,
    }
}

/// The transport error with its causes, e.g. "connection refused", without the
/// backtrace the RPC library's error carries.
fn describe(error: &RpcError) -> String {
    format!("{:#}", error.trace())
}
