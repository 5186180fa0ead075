//! Naming a key on the command line: `alice` reads the mnemonic from `FARO_ALICE_MNEMONIC`
//! (what `scripts/localnet.sh env` exports), `@path` reads a key file.

use std::path::Path;

use anyhow::{Context, Result};
use faro_client::signer::DEFAULT_PREFIX;
use faro_client::Signer;

pub fn load(key: &str) -> Result<Signer> {
    if let Some(path) = key.strip_prefix('@') {
        return Signer::from_key_file(Path::new(path), DEFAULT_PREFIX)
            .with_context(|| format!("key file {path}"));
    }
    Signer::from_env(key, DEFAULT_PREFIX).with_context(|| format!("key {key:?} (or pass @KEYFILE)"))
}
