//! The report: `BENCHMARKS.md` with its tables, the samples as CSV, the scaling plots,
//! and the checks the figures must pass.

mod checks;
mod csv;
mod format;
mod markdown;
mod plot;
mod series;
mod sizes;

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

pub use checks::{Check, Verdict, MAX_HOLDER_GROWTH, MAX_LINEAR_DEVIATION, REFERENCE_BLOCK_GAS};
pub use sizes::ArtifactSize;

use crate::sample::Sample;

/// Writes `out_dir/BENCHMARKS.md` and, beside it in `out_dir/benchmarks/`, `gas.csv` and
/// the plots; answers the checks, which the caller fails on.
pub fn write(samples: &[Sample], artifacts_dir: &Path, out_dir: &Path) -> Result<Verdict> {
    let sizes = sizes::read(artifacts_dir)?;
    let verdict = checks::judge(samples);
    let dir = out_dir.join("benchmarks");
    fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    csv::write(samples, &dir.join("gas.csv"))?;
    let plots = plot::draw(samples, &dir)?;
    let text = markdown::render(samples, &sizes, &verdict, &plots);
    let path = out_dir.join("BENCHMARKS.md");
    fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(verdict)
}
