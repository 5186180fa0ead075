//! The deployment as a JSON file: code ids and contract addresses, for the other
//! commands, the relayer and the scenario.

use std::collections::BTreeMap;
use std::path::Path;

use faro_types::launch::Addresses;
use serde::{Deserialize, Serialize};

use crate::error::{ClientError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deployment {
    pub chain_id: String,
    pub denom: String,
    pub deployer: String,
    pub governance: String,
    pub relayer: String,
    /// Code id by code name.
    pub code_ids: BTreeMap<String, u64>,
    pub contracts: Addresses,
    /// Approved heavy operators (valoper addresses) and their light LSTs.
    pub operators: Vec<Operator>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub valoper: String,
    pub light_lst: Option<String>,
}

impl Deployment {
    pub fn write(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| ClientError::io(dir, e))?;
        }
        let json = serde_json::to_string_pretty(self)?;
        std::fs::write(path, json + "\n").map_err(|e| ClientError::io(path, e))
    }

    pub fn read(path: &Path) -> Result<Self> {
        let json = std::fs::read_to_string(path).map_err(|e| ClientError::io(path, e))?;
        Ok(serde_json::from_str(&json)?)
    }

    /// A contract's address by its name (`hub`, `heavy_lst` or `heavy-lst`, …).
    pub fn contract(&self, name: &str) -> Option<&str> {
        self.contracts.get(name)
    }
}
