//! What the follower reads from L1, and its JSON-RPC implementation.

use std::future::Future;
use std::time::Duration;

use alloy::eips::BlockNumberOrTag;
use alloy::primitives::Address;
use alloy::providers::{Provider, RootProvider};
use alloy::rpc::client::RpcClient;
use alloy::rpc::types::{Filter, Log};
use alloy::transports::{TransportError, TransportErrorKind};
use thiserror::Error;

pub use alloy::transports::http::reqwest::Url;

use super::reorg::BlockHeader;

#[derive(Error, Debug)]
pub enum RpcError {
    #[error("L1 RPC: {0}")]
    Transport(#[from] TransportError),
    #[error("L1 RPC: no answer within {0:?}")]
    Timeout(Duration),
    #[error("L1 RPC: block {0} is missing")]
    MissingBlock(u64),
}

pub trait L1Reader {
    /// The number of the newest block.
    fn head(&self) -> impl Future<Output = Result<u64, RpcError>> + Send;
    /// The headers of blocks `from..=to`, in order.
    fn headers(
        &self,
        from: u64,
        to: u64,
    ) -> impl Future<Output = Result<Vec<BlockHeader>, RpcError>> + Send;
    /// The rollup contract's logs in blocks `from..=to`.
    fn logs(&self, from: u64, to: u64) -> impl Future<Output = Result<Vec<Log>, RpcError>> + Send;
}

/// Reads L1 over HTTP JSON-RPC; a page's headers go in one batch request.
#[derive(Debug, Clone)]
pub struct RpcReader {
    provider: RootProvider,
    client: RpcClient,
    rollup: Address,
    timeout: Duration,
}

impl RpcReader {
    pub fn new(url: Url, rollup: Address, timeout: Duration) -> Self {
        let client = RpcClient::new_http(url);
        Self {
            provider: RootProvider::new(client.clone()),
            client,
            rollup,
            timeout,
        }
    }

    async fn timed<T>(
        &self,
        call: impl Future<Output = Result<T, RpcError>>,
    ) -> Result<T, RpcError> {
        tokio::time::timeout(self.timeout, call)
            .await
            .map_err(|_| RpcError::Timeout(self.timeout))?
    }
}

impl L1Reader for RpcReader {
    async fn head(&self) -> Result<u64, RpcError> {
        self.timed(async { Ok(self.provider.get_block_number().await?) })
            .await
    }

    async fn headers(&self, from: u64, to: u64) -> Result<Vec<BlockHeader>, RpcError> {
        self.timed(async {
            let mut batch = self.client.new_batch();
            let waiters = (from..=to)
                .map(|number| {
                    let params = (BlockNumberOrTag::Number(number), false);
                    batch.add_call::<_, Option<BlockHeader>>("eth_getBlockByNumber", &params)
                })
                .collect::<Result<Vec<_>, _>>()?;
            batch.send().await?;
            let mut headers = Vec::with_capacity(waiters.len());
            for (number, waiter) in (from..).zip(waiters) {
                headers.push(waiter.await?.ok_or(RpcError::MissingBlock(number))?);
            }
            Ok(headers)
        })
        .await
    }

    async fn logs(&self, from: u64, to: u64) -> Result<Vec<Log>, RpcError> {
        let filter = Filter::new()
            .address(self.rollup)
            .from_block(from)
            .to_block(to);
        self.timed(async { Ok(self.provider.get_logs(&filter).await?) })
            .await
    }
}

/// A transport error of our own making, for readers that are not JSON-RPC (tests).
pub fn transport_error(message: &str) -> RpcError {
    RpcError::Transport(TransportErrorKind::custom_str(message))
}
