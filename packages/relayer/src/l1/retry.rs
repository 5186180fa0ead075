//! Exponential backoff for L1 RPC calls, with a bounded delay.

use std::future::Future;
use std::time::Duration;

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

/// Runs `op` until it succeeds, waiting by `backoff` between failures; `on_failure` sees
/// each failure and the wait that follows it.
pub async fn retry<T, E, Fut>(
    backoff: &Backoff,
    mut op: impl FnMut() -> Fut,
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
                if backoff.max_attempts.is_some_and(|max| failures >= max) {
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
}
