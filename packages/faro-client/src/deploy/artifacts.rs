//! The optimised contracts to upload: every `<name>.wasm` in the artifacts directory, plus
//! cw20-base for the FRO governance token.

use std::collections::BTreeMap;
use std::path::Path;

use faro_types::launch::CW20_CODE;

use crate::deploy::DeployError;
use crate::error::ClientError;

#[derive(Debug, Clone)]
pub struct Artifacts {
    /// Wasm bytes by code name (file stem), in name order.
    pub codes: BTreeMap<String, Vec<u8>>,
}

impl Artifacts {
    /// Reads every `*.wasm` in `dir` and `cw20_base`.
    pub fn load(dir: &Path, cw20_base: &Path) -> Result<Self, DeployError> {
        let mut codes = BTreeMap::new();
        let entries = std::fs::read_dir(dir).map_err(|e| ClientError::io(dir, e))?;
        for entry in entries {
            let path = entry.map_err(|e| ClientError::io(dir, e))?.path();
            if path.extension().is_some_and(|ext| ext == "wasm") {
                let name = stem(&path);
                codes.insert(name, read(&path)?);
            }
        }
        codes.insert(CW20_CODE.to_string(), read(cw20_base)?);
        Ok(Artifacts { codes })
    }

    pub fn get(&self, name: &str) -> Result<&[u8], DeployError> {
        self.codes
            .get(name)
            .map(Vec::as_slice)
            .ok_or_else(|| DeployError::MissingArtifact {
                name: name.to_string(),
            })
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(path: &Path) -> Result<Vec<u8>, DeployError> {
    Ok(std::fs::read(path).map_err(|e| ClientError::io(path, e))?)
}
