//! Retries with exponential backoff, for transport failures only: a node that answered,
//! even with an error, is never asked again by this layer.

use std::future::Future;
use std::time::Duration;

use cosmrs::rpc::error::ErrorDetail;
use cosmrs::rpc::Error as RpcError;

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 5,
            first_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(3),
        }
    }
}

impl RetryPolicy {
    /// The pause before try `attempt + 1` (`attempt` counts from 1).
    pub fn delay_after(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.first_delay.saturating_mul(factor).min(self.max_delay)
    }

    /// Runs `call` until it succeeds, fails with a non-transport error, or the tries run
    /// out; then returns its last result.
    pub async fn run<T, F, Fut>(&self, mut call: F) -> Result<T, RpcError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RpcError>>,
    {
        let mut attempt = 1;
        loop {
            match call().await {
                Err(error) if is_transport(&error) && attempt < self.attempts => {
                    tokio::time::sleep(self.delay_after(attempt)).await;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }
}

/// Whether the request may not have reached the node, or its answer was lost on the way.
pub fn is_transport(error: &RpcError) -> bool {
    matches!(
        error.detail(),
        ErrorDetail::Io(_)
            | ErrorDetail::Http(_)
            | ErrorDetail::HttpRequestFailed(_)
            | ErrorDetail::Timeout(_)
            | ErrorDetail::ChannelSend(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy::default();
        let delays: Vec<_> = (1..=6).map(|a| policy.delay_after(a).as_millis()).collect();
        assert_eq!(delays, [200, 400, 800, 1600, 3000, 3000]);
    }

    #[tokio::test]
    async fn an_answer_from_the_node_is_not_retried() {
        let policy = RetryPolicy::default();
        let mut calls = 0;
        let result: Result<(), _> = policy
            .run(|| {
                calls += 1;
                async { Err(RpcError::server("tx not found".to_string())) }
            })
            .await;
        assert!(result.is_err());
        assert_eq!(calls, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn transport_failures_are_retried_until_the_tries_run_out() {
        let policy = RetryPolicy::default();
        let mut calls = 0;
        let result: Result<(), _> = policy
            .run(|| {
                calls += 1;
                async { Err(RpcError::timeout(Duration::from_secs(1))) }
            })
            .await;
        assert!(result.is_err());
        assert_eq!(calls, policy.attempts);
    }
}
