//! Bech32 addresses and the instantiate2 address prediction the deploy plan relies on.

use std::str::FromStr;

use cosmrs::AccountId;
use cosmwasm_std::{instantiate2_address, CanonicalAddr};
use sha2::{Digest, Sha256};

use crate::error::{ClientError, Result};

/// The code checksum the chain records for `wasm` (uncompressed bytes).
pub fn checksum(wasm: &[u8]) -> [u8; 32] {
    Sha256::digest(wasm).into()
}

/// Where `creator` instantiating code `checksum` with `salt` lands: the address the chain
/// computes for `MsgInstantiateContract2` with `fix_msg = false`.
pub fn predict_instantiate2(checksum: &[u8], creator: &str, salt: &[u8]) -> Result<String> {
    let creator_id = parse(creator)?;
    let canonical = CanonicalAddr::from(creator_id.to_bytes());
    let contract = instantiate2_address(checksum, &canonical, salt).map_err(|e| {
        ClientError::InvalidAddress {
            address: creator.to_string(),
            reason: e.to_string(),
        }
    })?;
    encode(creator_id.prefix(), contract.as_slice())
}

/// The same key bytes under another prefix, e.g. an account's `cosmosvaloper` address.
pub fn with_prefix(address: &str, prefix: &str) -> Result<String> {
    encode(prefix, &parse(address)?.to_bytes())
}

/// Whether `address` is well-formed bech32.
pub fn is_valid(address: &str) -> bool {
    parse(address).is_ok()
}

fn parse(address: &str) -> Result<AccountId> {
    AccountId::from_str(address).map_err(|e| ClientError::InvalidAddress {
        address: address.to_string(),
        reason: e.to_string(),
    })
}

fn encode(prefix: &str, bytes: &[u8]) -> Result<String> {
    let id = AccountId::new(prefix, bytes).map_err(|e| ClientError::InvalidAddress {
        address: format!("{prefix}:{}", bytes.len()),
        reason: e.to_string(),
    })?;
    Ok(id.to_string())
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::testing::MockApi;
    use cosmwasm_std::Api;

    use super::*;

    #[test]
    fn prediction_matches_cosmwasm_std() {
        let api = MockApi::default().with_prefix("cosmos");
        let creator = api.addr_make("deployer");
        let checksum = checksum(b"\0asm faro hub");
        let predicted = predict_instantiate2(&checksum, creator.as_str(), b"hub").unwrap();

        let canonical = api.addr_canonicalize(creator.as_str()).unwrap();
        let expected = instantiate2_address(&checksum, &canonical, b"hub").unwrap();
        assert_eq!(predicted, api.addr_humanize(&expected).unwrap().as_str());
    }

    #[test]
    fn prediction_depends_on_salt_and_code() {
        let creator = MockApi::default()
            .with_prefix("cosmos")
            .addr_make("deployer");
        let a = predict_instantiate2(&checksum(b"a"), creator.as_str(), b"hub").unwrap();
        let b = predict_instantiate2(&checksum(b"a"), creator.as_str(), b"oracle").unwrap();
        let c = predict_instantiate2(&checksum(b"b"), creator.as_str(), b"hub").unwrap();
        assert!(a.starts_with("cosmos1") && a.len() == 65, "{a}");
        assert_ne!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn valoper_shares_the_key_bytes() {
        let account = MockApi::default().with_prefix("cosmos").addr_make("val1");
        let valoper = with_prefix(account.as_str(), "cosmosvaloper").unwrap();
        assert!(valoper.starts_with("cosmosvaloper1"));
        assert_eq!(with_prefix(&valoper, "cosmos").unwrap(), account.as_str());
    }

    #[test]
    fn rejects_a_malformed_creator() {
        let err = predict_instantiate2(&checksum(b"a"), "cosmos1nope", b"hub").unwrap_err();
        assert!(matches!(err, ClientError::InvalidAddress { .. }), "{err}");
    }
}
