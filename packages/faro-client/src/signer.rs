//! Keys that sign transactions: a BIP-39 mnemonic on the Cosmos HD path, or a key file.

use std::path::Path;

use bip32::{DerivationPath, Language, Mnemonic};
use cosmrs::crypto::secp256k1::SigningKey;
use cosmrs::crypto::PublicKey;
use cosmrs::AccountId;

use crate::error::{ClientError, Result};

/// BIP-44 path of the first account for coin type 118 (ATOM).
pub const COSMOS_HD_PATH: &str = "m/44'/118'/0'/0/0";
/// The Cosmos SDK's default account prefix.
pub const DEFAULT_PREFIX: &str = "cosmos";

pub struct Signer {
    key: SigningKey,
    address: AccountId,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("address", &self.address.as_ref())
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// The key at [`COSMOS_HD_PATH`] of a BIP-39 mnemonic (no passphrase).
    pub fn from_mnemonic(phrase: &str, prefix: &str) -> Result<Self> {
        let normalised = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        let mnemonic = Mnemonic::new(normalised, Language::English).map_err(invalid_key)?;
        let path: DerivationPath = COSMOS_HD_PATH.parse().map_err(invalid_key)?;
        let key = SigningKey::derive_from_path(mnemonic.to_seed("").as_bytes(), &path)
            .map_err(invalid_key)?;
        Self::from_key(key, prefix)
    }

    /// A raw secp256k1 private key, 32 bytes in hex.
    pub fn from_hex(hex: &str, prefix: &str) -> Result<Self> {
        let bytes = decode_hex(hex.trim())?;
        let key = SigningKey::from_slice(&bytes).map_err(invalid_key)?;
        Self::from_key(key, prefix)
    }

    /// A file holding either a mnemonic or a hex private key; surrounding whitespace is
    /// ignored. Keep such files readable by their owner only.
    pub fn from_key_file(path: &Path, prefix: &str) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| ClientError::io(path, e))?;
        let text = text.trim();
        if text.split_whitespace().count() > 1 {
            Self::from_mnemonic(text, prefix)
        } else {
            Self::from_hex(text, prefix)
        }
    }

    fn from_key(key: SigningKey, prefix: &str) -> Result<Self> {
        let address = key.public_key().account_id(prefix).map_err(invalid_key)?;
        Ok(Signer { key, address })
    }

    /// The key named `name`, from the mnemonic in `FARO_<NAME>_MNEMONIC` (what
    /// `scripts/localnet.sh env` exports for its test accounts).
    pub fn from_env(name: &str, prefix: &str) -> Result<Self> {
        Self::from_env_variable(&format!("FARO_{}_MNEMONIC", name.to_uppercase()), prefix)
    }

    /// The mnemonic in the environment variable `variable`.
    pub fn from_env_variable(variable: &str, prefix: &str) -> Result<Self> {
        let mnemonic = std::env::var(variable).map_err(|_| ClientError::MissingKey {
            variable: variable.to_string(),
        })?;
        Self::from_mnemonic(&mnemonic, prefix)
    }

    pub fn address(&self) -> &str {
        self.address.as_ref()
    }

    pub fn account_id(&self) -> &AccountId {
        &self.address
    }

    pub fn public_key(&self) -> PublicKey {
        self.key.public_key()
    }

    pub(crate) fn signing_key(&self) -> &SigningKey {
        &self.key
    }
}

fn invalid_key(reason: impl ToString) -> ClientError {
    ClientError::InvalidKey {
        reason: reason.to_string(),
    }
}

fn decode_hex(hex: &str) -> Result<Vec<u8>> {
    let hex = hex.strip_prefix("0x").unwrap_or(hex);
    if hex.len() != 64 {
        return Err(invalid_key(format!(
            "a hex private key has 64 digits, this one {}",
            hex.len()
        )));
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).map_err(invalid_key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The localnet's TEST-ONLY alice key (`scripts/localnet.sh env`).
    const ALICE_MNEMONIC: &str = "route subway depth credit powder sweet common unknown blue bird click pull inspire sunset evidence degree ask common cream decorate cattle balance together assault";
    const ALICE_ADDR: &str = "cosmos1tennfq438aqj9m9pnygre4y3ewwrkxfexuzr72";

    #[test]
    fn mnemonic_derives_the_localnet_address() {
        let alice = Signer::from_mnemonic(ALICE_MNEMONIC, DEFAULT_PREFIX).unwrap();
        assert_eq!(alice.address(), ALICE_ADDR);
    }

    #[test]
    fn extra_whitespace_in_a_mnemonic_is_ignored() {
        let spaced = format!("  {}\n", ALICE_MNEMONIC.replace(' ', "   "));
        let alice = Signer::from_mnemonic(&spaced, DEFAULT_PREFIX).unwrap();
        assert_eq!(alice.address(), ALICE_ADDR);
    }

    #[test]
    fn key_file_holds_a_mnemonic_or_a_hex_key() {
        let dir = std::env::temp_dir().join(format!("faro-client-keys-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mnemonic_file = dir.join("alice.mnemonic");
        std::fs::write(&mnemonic_file, format!("{ALICE_MNEMONIC}\n")).unwrap();
        let alice = Signer::from_key_file(&mnemonic_file, DEFAULT_PREFIX).unwrap();
        assert_eq!(alice.address(), ALICE_ADDR);

        let hex_file = dir.join("one.key");
        std::fs::write(&hex_file, format!("{}\n", "01".repeat(32))).unwrap();
        let one = Signer::from_key_file(&hex_file, DEFAULT_PREFIX).unwrap();
        assert!(one.address().starts_with("cosmos1"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_named_key_comes_from_its_mnemonic_variable() {
        // A name no other test or script uses: the environment is the process's.
        std::env::set_var("FARO_SIGNER_TEST_MNEMONIC", ALICE_MNEMONIC);
        let key = Signer::from_env("signer_test", DEFAULT_PREFIX).unwrap();
        assert_eq!(key.address(), ALICE_ADDR);
        let missing = Signer::from_env("signer_test_unset", DEFAULT_PREFIX).unwrap_err();
        assert!(matches!(
            missing,
            ClientError::MissingKey { ref variable } if variable == "FARO_SIGNER_TEST_UNSET_MNEMONIC"
        ));
    }

    #[test]
    fn rejects_bad_keys() {
        let wrong_word = ALICE_MNEMONIC.replace("route", "routex");
        for result in [
            Signer::from_mnemonic(&wrong_word, DEFAULT_PREFIX),
            Signer::from_hex("abcd", DEFAULT_PREFIX),
            Signer::from_hex(&"zz".repeat(32), DEFAULT_PREFIX),
            Signer::from_hex(&"00".repeat(32), DEFAULT_PREFIX),
        ] {
            assert!(matches!(result, Err(ClientError::InvalidKey { .. })));
        }
        let missing = Signer::from_key_file(Path::new("/nonexistent/faro.key"), DEFAULT_PREFIX);
        assert!(matches!(missing, Err(ClientError::Io { .. })));
    }
}
