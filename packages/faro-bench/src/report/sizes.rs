//! The size of each optimised contract, from `artifacts/`.

use std::path::Path;

use anyhow::{Context, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactSize {
    pub contract: String,
    pub bytes: u64,
}

/// Every `*.wasm` in `dir`, by name.
pub fn read(dir: &Path) -> Result<Vec<ArtifactSize>> {
    let mut sizes = vec![];
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "wasm") {
            let contract = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bytes = std::fs::metadata(&path)?.len();
            sizes.push(ArtifactSize { contract, bytes });
        }
    }
    sizes.sort_by(|a, b| a.contract.cmp(&b.contract));
    Ok(sizes)
}
