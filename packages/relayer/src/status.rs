//! What the relayer has done, counted as it runs and served on loopback: `/metrics` in the
//! Prometheus text format, `/status` as JSON.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Counters and gauges, shared by the follower's loop, the chain sink and the endpoint.
#[derive(Debug, Default)]
pub struct Metrics {
    /// The newest L1 block seen.
    pub l1_head: AtomicU64,
    /// The last L1 block whose actions are on chain (or were found there).
    pub checkpoint: AtomicU64,
    pub proposals_sent: AtomicU64,
    pub proofs_sent: AtomicU64,
    pub reports_sent: AtomicU64,
    /// Actions the contracts already had, e.g. handed again after a restart.
    pub actions_skipped: AtomicU64,
    /// Actions a contract refused; logged with the contract's reason and not sent again.
    pub actions_refused: AtomicU64,
    pub txs_sent: AtomicU64,
    /// Failed L1 reads, counted by the follower as they happen.
    pub l1_rpc_failures: Arc<AtomicU64>,
    /// Failed deliveries to the chain; the follower restarts from its checkpoint after each.
    pub chain_failures: AtomicU64,
    /// L1 reorganisations below the confirmation depth the relayer resumed from.
    pub deep_reorgs: AtomicU64,
}

/// A snapshot of [`Metrics`], as `/status` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub l1_head: u64,
    pub checkpoint: u64,
    /// Blocks between the head and the checkpoint, the confirmation depth included.
    pub lag: u64,
    pub proposals_sent: u64,
    pub proofs_sent: u64,
    pub reports_sent: u64,
    pub actions_skipped: u64,
    pub actions_refused: u64,
    pub txs_sent: u64,
    pub l1_rpc_failures: u64,
    pub chain_failures: u64,
    pub deep_reorgs: u64,
}

pub fn add(counter: &AtomicU64, amount: u64) {
    counter.fetch_add(amount, Ordering::Relaxed);
}

pub fn set(gauge: &AtomicU64, value: u64) {
    gauge.store(value, Ordering::Relaxed);
}

impl Metrics {
    pub fn status(&self) -> Status {
        let read = |value: &AtomicU64| value.load(Ordering::Relaxed);
        let l1_head = read(&self.l1_head);
        let checkpoint = read(&self.checkpoint);
        Status {
            l1_head,
            checkpoint,
            lag: l1_head.saturating_sub(checkpoint),
            proposals_sent: read(&self.proposals_sent),
            proofs_sent: read(&self.proofs_sent),
            reports_sent: read(&self.reports_sent),
            actions_skipped: read(&self.actions_skipped),
            actions_refused: read(&self.actions_refused),
            txs_sent: read(&self.txs_sent),
            l1_rpc_failures: read(&self.l1_rpc_failures),
            chain_failures: read(&self.chain_failures),
            deep_reorgs: read(&self.deep_reorgs),
        }
    }
}

impl Status {
    /// The Prometheus text exposition format.
    pub fn prometheus(&self) -> String {
        let gauges = [
            ("l1_head", "The newest L1 block seen.", self.l1_head),
            (
                "checkpoint",
                "The last L1 block fully relayed.",
                self.checkpoint,
            ),
            ("lag_blocks", "L1 blocks not yet relayed.", self.lag),
        ];
        let counters = [
            (
                "proposals_sent_total",
                "ProposeBlock executes sent.",
                self.proposals_sent,
            ),
            (
                "proofs_sent_total",
                "ProveBlock executes sent.",
                self.proofs_sent,
            ),
            (
                "reports_sent_total",
                "Oracle reports sent.",
                self.reports_sent,
            ),
            (
                "actions_skipped_total",
                "Actions the contracts already had.",
                self.actions_skipped,
            ),
            (
                "actions_refused_total",
                "Actions a contract refused.",
                self.actions_refused,
            ),
            (
                "txs_sent_total",
                "Transactions included on the chain.",
                self.txs_sent,
            ),
            (
                "l1_rpc_failures_total",
                "Failed L1 reads, retried.",
                self.l1_rpc_failures,
            ),
            (
                "chain_failures_total",
                "Failed deliveries to the chain.",
                self.chain_failures,
            ),
            (
                "deep_reorgs_total",
                "L1 reorgs below the confirmation depth.",
                self.deep_reorgs,
            ),
        ];
        let mut text = String::new();
        let mut write = |name: &str, help: &str, kind: &str, value: u64| {
            text.push_str(&format!(
                "# HELP faro_relayer_{name} {help}\n# TYPE faro_relayer_{name} {kind}\n\
                 faro_relayer_{name} {value}\n"
            ));
        };
        for (name, help, value) in gauges {
            write(name, help, "gauge", value);
        }
        for (name, help, value) in counters {
            write(name, help, "counter", value);
        }
        text
    }
}

/// Answers `GET /metrics` and `GET /status` for ever, one connection at a time: the
/// endpoint is for a local scraper, not for the public.
pub async fn serve(listener: TcpListener, metrics: Arc<Metrics>) -> std::io::Result<Infallible> {
    loop {
        let (stream, _) = listener.accept().await?;
        // A client that misbehaves only loses its own answer.
        let _ = answer(stream, &metrics).await;
    }
}

/// The longest request head read; anything longer is not one of ours.
const MAX_REQUEST: usize = 4096;

async fn answer(mut stream: TcpStream, metrics: &Metrics) -> std::io::Result<()> {
    let mut request = Vec::with_capacity(512);
    let mut buffer = [0u8; 512];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < MAX_REQUEST {
        let read = stream.read(&mut buffer).await?;
        if read == 0 {
            break;
        }
        request.extend_from_slice(&buffer[..read]);
    }
    let (code, content_type, body) = route(&request, &metrics.status());
    let head = format!(
        "HTTP/1.1 {code}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

fn route(request: &[u8], status: &Status) -> (&'static str, &'static str, String) {
    let line = request.split(|&b| b == b'\r').next().unwrap_or_default();
    let mut parts = line.split(|&b| b == b' ');
    match (parts.next(), parts.next()) {
        (Some(b"GET"), Some(b"/metrics")) => {
            ("200 OK", "text/plain; version=0.0.4", status.prometheus())
        }
        (Some(b"GET"), Some(b"/status")) => (
            "200 OK",
            "application/json",
            serde_json::to_string(status).unwrap_or_default(),
        ),
        (Some(b"GET"), _) => ("404 Not Found", "text/plain", "not found\n".into()),
        _ => ("405 Method Not Allowed", "text/plain", "GET only\n".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Metrics {
        let metrics = Metrics::default();
        set(&metrics.l1_head, 120);
        set(&metrics.checkpoint, 117);
        add(&metrics.proposals_sent, 4);
        add(&metrics.actions_skipped, 2);
        metrics
    }

    #[test]
    fn status_counts_the_lag_from_head_and_checkpoint() {
        let status = sample().status();
        assert_eq!(status.lag, 3);
        assert_eq!(status.proposals_sent, 4);
        assert_eq!(status.actions_skipped, 2);
        assert_eq!(Metrics::default().status().lag, 0);
    }

    #[test]
    fn metrics_are_in_the_prometheus_text_format() {
        let text = sample().status().prometheus();
        assert!(text.contains("# TYPE faro_relayer_lag_blocks gauge\nfaro_relayer_lag_blocks 3\n"));
        assert!(text.contains("faro_relayer_proposals_sent_total 4\n"));
        assert!(text.contains("# TYPE faro_relayer_deep_reorgs_total counter\n"));
        assert_eq!(text.lines().count(), 12 * 3);
    }

    #[test]
    fn routes() {
        let status = sample().status();
        let (code, kind, body) = route(b"GET /status HTTP/1.1\r\nhost: x\r\n\r\n", &status);
        assert_eq!((code, kind), ("200 OK", "application/json"));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&body).unwrap()["lag"],
            3
        );
        assert_eq!(route(b"GET /metrics HTTP/1.1\r\n\r\n", &status).0, "200 OK");
        assert_eq!(route(b"GET / HTTP/1.1\r\n\r\n", &status).0, "404 Not Found");
        assert_eq!(
            route(b"POST /status HTTP/1.1\r\n\r\n", &status).0,
            "405 Method Not Allowed"
        );
        assert_eq!(route(b"", &status).0, "405 Method Not Allowed");
    }

    #[tokio::test]
    async fn the_endpoint_answers_over_tcp() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(serve(listener, Arc::new(sample())));
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream
            .write_all(b"GET /metrics HTTP/1.1\r\nhost: localhost\r\n\r\n")
            .await
            .unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).await.unwrap();
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"));
        assert!(reply.contains("faro_relayer_checkpoint 117\n"));
        server.abort();
    }
}
