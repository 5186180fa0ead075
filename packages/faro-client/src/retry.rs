//! Retries with exponential backoff and a bounded delay. Which failures deserve another
//! try is the caller's to say: the node client retries transport failures only (a node
//! that answered, even with an error, is not asked again), the relayer's L1 reader every
//! RPC failure.

use std::future::Future;
use std::time::Duration;

use cosmrs::rpc::error::ErrorDetail;
use cosmrs::rpc::Error as RpcError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failure; each further failure doubles it.
    pub initial: Duration,
    /// No wait is longer than this.
    pub max: Duration,
    /// Gives up after this many failures in a row; `None` retries for ever.
    pub max_attempts: Option<u32>,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(250),
            max: Duration::from_secs(30),
            max_attempts: None,
        }
    }
}

/// The node client's: five tries in all, 200 ms doubling up to 3 s between them.
pub const NODE_BACKOFF: Backoff = Backoff {
    initial: Duration::from_millis(200),
    max: Duration::from_secs(3),
    max_attempts: Some(5),
};

impl Backoff {
    /// The wait after the `failures`-th failure in a row (counted from 1).
    pub fn delay(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(31);
        self.initial.saturating_mul(1u32 << doublings).min(self.max)
    }
}

/// The last error, after `attempts` failures in a row.
#[derive(Debug, PartialEq)]
pub struct GaveUp<E> {
    pub attempts: u32,
    pub last: E,
}

/// Runs `op` until it succeeds, fails in a way `retryable` refuses, or the attempts run
/// out, waiting by `backoff` between failures; `on_failure` sees each retried failure and
/// the wait that follows it.
pub async fn retry<T, E, Fut>(
    backoff: &Backoff,
    mut op: impl FnMut() -> Fut,
    retryable: impl Fn(&E) -> bool,
    mut on_failure: impl FnMut(&E, Duration),
) -> Result<T, GaveUp<E>>
where
    Fut: Future<Output = Result<T, E>>,
{
    let mut failures = 0;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            Err(err) => {
                failures += 1;
                let out_of_attempts = backoff.max_attempts.is_some_and(|max| failures >= max);
                if out_of_attempts || !retryable(&err) {
                    return Err(GaveUp {
                        attempts: failures,
                        last: err,
                    });
                }
                let delay = backoff.delay(failures);
                on_failure(&err, delay);
                tokio::time::sleep(delay).await;
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
    use std::cell::Cell;

    use super::*;

    const BACKOFF: Backoff = Backoff {
        initial: Duration::from_millis(100),
        max: Duration::from_millis(1_000),
        max_attempts: Some(4),
    };

    #[test]
    fn the_delay_doubles_up_to_the_bound() {
        let delays: Vec<_> = (1..=6).map(|n| BACKOFF.delay(n).as_millis()).collect();
        assert_eq!(delays, [100, 200, 400, 800, 1_000, 1_000]);
        assert_eq!(BACKOFF.delay(u32::MAX), BACKOFF.max);
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_that_recovers_succeeds_after_its_waits() {
        let calls = Cell::new(0);
        let mut waits = vec![];
        let started = tokio::time::Instant::now();
        let result = retry(
            &BACKOFF,
            || {
                calls.set(calls.get() + 1);
                let ok = calls.get() == 3;
                async move {
                    if ok {
                        Ok("head")
                    } else {
                        Err("refused")
                    }
                }
            },
            |_| true,
            |_: &&str, wait| waits.push(wait.as_millis()),
        )
        .await;
        assert_eq!(result, Ok("head"));
        assert_eq!(waits, [100, 200]);
        assert_eq!(started.elapsed(), Duration::from_millis(300));
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_that_keeps_failing_gives_up_with_its_last_error() {
        let calls = Cell::new(0);
        let result: Result<(), _> = retry(
            &BACKOFF,
            || {
                calls.set(calls.get() + 1);
                let n = calls.get();
                async move { Err(n) }
            },
            |_| true,
            |_, _| {},
        )
        .await;
        assert_eq!(
            result,
            Err(GaveUp {
                attempts: 4,
                last: 4
            })
        );
    }

    #[test]
    fn the_node_backoff_doubles_up_to_its_cap() {
        let delays: Vec<_> = (1..=6).map(|n| NODE_BACKOFF.delay(n).as_millis()).collect();
        assert_eq!(delays, [200, 400, 800, 1600, 3000, 3000]);
    }

    #[tokio::test]
    async fn an_answer_from_the_node_is_not_retried() {
        let mut calls = 0;
        let op = || {
            calls += 1;
            async { Err::<(), _>(RpcError::server("tx not found".to_string())) }
        };
        let result = retry(&NODE_BACKOFF, op, is_transport, |_, _| {}).await;
        assert_eq!(result.unwrap_err().attempts, 1);
        assert_eq!(calls, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn transport_failures_are_retried_until_the_tries_run_out() {
        let mut calls = 0;
        let op = || {
            calls += 1;
            async { Err::<(), _>(RpcError::timeout(Duration::from_secs(1))) }
        };
        let result = retry(&NODE_BACKOFF, op, is_transport, |_, _| {}).await;
        assert_eq!(result.unwrap_err().attempts, 5);
        assert_eq!(calls, 5);
    }
}
