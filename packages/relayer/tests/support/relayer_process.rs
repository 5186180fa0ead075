//! The `faro-relayer run` binary as an operator runs it: a configuration file, a process
//! that can be killed at any moment and started again, its status endpoint.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use faro_relayer::status::Status;

pub struct RelayerSettings<'a> {
    pub l1_rpc: &'a str,
    pub rollup: &'a str,
    pub start_block: u64,
    pub confirmations: u64,
    pub cosmos_rpc: &'a str,
    pub chain_id: &'a str,
    pub denom: &'a str,
    pub oracle: &'a str,
    pub prover_pool: &'a str,
    pub status_port: u16,
}

pub struct RelayerProcess {
    dir: PathBuf,
    status_url: String,
    child: Option<Child>,
    runs: u32,
}

impl RelayerProcess {
    /// Writes the configuration into `dir`, an empty one from [`super::fresh_dir`]; nothing
    /// runs yet.
    pub fn configure(dir: &Path, settings: &RelayerSettings) -> Self {
        let config = format!(
            r#"[l1]
rpc_url = "{l1_rpc}"
rollup_contract = "{rollup}"
confirmations = {confirmations}
start_block = {start_block}

[cosmos]
rpc_url = "{cosmos_rpc}"
chain_id = "{chain_id}"
prefix = "cosmos"
gas_price = 0.0
gas_denom = "{denom}"
gas_adjustment = 1.5

[cosmos.key]
mnemonic_env = "FARO_RELAYER_MNEMONIC"

[contracts]
oracle = "{oracle}"
prover_pool = "{prover_pool}"

[relay]
batch_size = 20
checkpoint = "{checkpoint}"
poll_interval_ms = 100

[status]
listen = "127.0.0.1:{status_port}"
"#,
            l1_rpc = settings.l1_rpc,
            rollup = settings.rollup,
            confirmations = settings.confirmations,
            start_block = settings.start_block,
            cosmos_rpc = settings.cosmos_rpc,
            chain_id = settings.chain_id,
            denom = settings.denom,
            oracle = settings.oracle,
            prover_pool = settings.prover_pool,
            checkpoint = dir.join("relayer.checkpoint").display(),
            status_port = settings.status_port,
        );
        std::fs::write(dir.join("relayer.toml"), config).unwrap();
        Self {
            dir: dir.to_path_buf(),
            status_url: format!("http://127.0.0.1:{}/status", settings.status_port),
            child: None,
            runs: 0,
        }
    }

    /// Starts the binary; its JSON log goes to `run-<n>.log` in the directory.
    pub fn start(&mut self) {
        assert!(self.child.is_none(), "already running");
        self.runs += 1;
        let log = File::create(self.log_path(self.runs)).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_faro-relayer"))
            .arg("--config")
            .arg(self.dir.join("relayer.toml"))
            .arg("run")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.child = Some(child);
    }

    /// SIGKILL: no chance to finish anything.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    pub fn log_path(&self, run: u32) -> PathBuf {
        self.dir.join(format!("run-{run}.log"))
    }

    /// The end of the log of every run so far: enough to see why, short enough to read in
    /// a failed test's output. The whole logs stay in the directory.
    pub fn logs(&self) -> String {
        const LINES: usize = 40;
        let mut out = String::new();
        for run in 1..=self.runs {
            let path = self.log_path(run);
            let log = std::fs::read_to_string(&path).unwrap_or_default();
            let lines: Vec<&str> = log.lines().collect();
            let tail = &lines[lines.len().saturating_sub(LINES)..];
            out += &format!("--- {} (last {} lines)\n", path.display(), tail.len());
            for line in tail {
                out += line;
                out += "\n";
            }
        }
        out
    }

    /// Panics with the logs if the process has exited.
    pub fn assert_running(&mut self) {
        if let Some(child) = self.child.as_mut() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the relayer exited with {status}:\n{}", self.logs());
            }
        }
    }

    pub async fn status(&self) -> Option<Status> {
        let reply = alloy::transports::http::reqwest::get(&self.status_url)
            .await
            .ok()?;
        serde_json::from_str(&reply.text().await.ok()?).ok()
    }

    /// Waits until the status satisfies `done`, failing with the logs after `limit`.
    pub async fn wait_for(
        &mut self,
        what: &str,
        limit: Duration,
        done: impl Fn(&Status) -> bool,
    ) -> Status {
        let deadline = Instant::now() + limit;
        loop {
            self.assert_running();
            if let Some(status) = self.status().await.filter(|status| done(status)) {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: not within {limit:?}; status {:?}\n{}",
                self.status().await,
                self.logs()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for RelayerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
