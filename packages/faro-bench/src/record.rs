//! Samples as they are measured: kept in memory for the checks and the report, and each
//! appended at once to a JSON-lines file, so a run that stops half-way keeps what it
//! measured.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use faro_client::{Client, ExecuteCall, Signer, TxOutcome};

use crate::sample::{Sample, Section};

pub struct Recorder {
    samples: Vec<Sample>,
    file: File,
    path: PathBuf,
}

impl Recorder {
    /// Starts an empty samples file at `path`, replacing any earlier one.
    pub fn create(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
        Ok(Recorder {
            samples: vec![],
            file,
            path: path.to_path_buf(),
        })
    }

    /// Runs `call` as `signer` and records its gas as `operation` of `section`.
    pub async fn execute(
        &mut self,
        client: &Client,
        signer: &Signer,
        call: ExecuteCall,
        section: Section,
        operation: &str,
    ) -> Result<TxOutcome> {
        let outcome = client
            .execute_batch(signer, &[call])
            .await
            .with_context(|| format!("{operation} tx"))?;
        self.record(section, operation, 0, &outcome)?;
        Ok(outcome)
    }

    /// Records the gas `outcome` used as `operation` at `scale`.
    pub fn record(
        &mut self,
        section: Section,
        operation: &str,
        scale: u64,
        outcome: &TxOutcome,
    ) -> Result<()> {
        let sample = Sample {
            section,
            operation: operation.to_string(),
            scale,
            gas_used: outcome.gas_used,
            gas_wanted: outcome.gas_wanted,
            tx: outcome.hash.clone(),
        };
        println!(
            "{:<10} {:<22} {:>6} {:>12} gas   tx {}",
            format!("{section:?}").to_lowercase(),
            operation,
            scale,
            sample.gas_used,
            sample.tx
        );
        let line = serde_json::to_string(&sample)?;
        writeln!(self.file, "{line}")
            .with_context(|| format!("writing {}", self.path.display()))?;
        self.samples.push(sample);
        Ok(())
    }

    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// The gas of the sample recorded for `operation` at `scale` in `section`.
    pub fn gas(&self, section: Section, operation: &str, scale: u64) -> Option<u64> {
        self.samples
            .iter()
            .find(|s| s.section == section && s.operation == operation && s.scale == scale)
            .map(|s| s.gas_used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(gas_used: u64) -> TxOutcome {
        TxOutcome {
            hash: "AB12".into(),
            height: 3,
            gas_wanted: gas_used * 2,
            gas_used,
            events: vec![],
        }
    }

    #[test]
    fn writes_one_json_line_per_sample() {
        let dir = std::env::temp_dir().join(format!("faro-bench-record-{}", std::process::id()));
        let path = dir.join("samples.jsonl");
        let mut recorder = Recorder::create(&path).unwrap();
        recorder
            .record(Section::Operation, "bond", 0, &outcome(100))
            .unwrap();
        recorder
            .record(Section::Holders, "bond", 100, &outcome(101))
            .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        let read: Vec<Sample> = text
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(read, recorder.samples());
        assert_eq!(recorder.gas(Section::Holders, "bond", 100), Some(101));
        assert_eq!(recorder.gas(Section::Holders, "bond", 1), None);
        fs::remove_dir_all(&dir).unwrap();
    }
}
