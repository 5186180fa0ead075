//! The local chain's test accounts, from the `FARO_<NAME>_MNEMONIC` variables that
//! `scripts/localnet.sh env` exports, and keys derived for accounts the bench creates.

use anyhow::{Context, Result};
use faro_client::signer::DEFAULT_PREFIX;
use faro_client::Signer;
use sha2::{Digest, Sha256};

pub struct Keys {
    pub alice: Signer,
    pub bob: Signer,
    /// Deployer and governance: owner of every contract, holder of all FRO at launch.
    pub carol: Signer,
    /// The oracle's first member, the prover pool's reporter and the epoch keeper.
    pub relayer: Signer,
    pub val1: Signer,
    pub val2: Signer,
}

impl Keys {
    pub fn from_env() -> Result<Self> {
        Ok(Keys {
            alice: from_env("alice")?,
            bob: from_env("bob")?,
            carol: from_env("carol")?,
            relayer: from_env("relayer")?,
            val1: from_env("val1")?,
            val2: from_env("val2")?,
        })
    }
}

fn from_env(name: &str) -> Result<Signer> {
    Signer::from_env(name, DEFAULT_PREFIX).with_context(|| format!("key {name}"))
}

/// A key that follows from `label` alone, so every run creates the same accounts.
pub fn derived(label: &str) -> Result<Signer> {
    let secret: [u8; 32] = Sha256::digest(label.as_bytes()).into();
    let hex: String = secret.iter().map(|byte| format!("{byte:02x}")).collect();
    Signer::from_hex(&hex, DEFAULT_PREFIX).with_context(|| format!("derived key {label}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_keys_are_stable_and_distinct() {
        let a = derived("prover 1").unwrap();
        assert_eq!(a.address(), derived("prover 1").unwrap().address());
        assert_ne!(a.address(), derived("prover 2").unwrap().address());
        assert!(a.address().starts_with("cosmos1"));
    }
}
