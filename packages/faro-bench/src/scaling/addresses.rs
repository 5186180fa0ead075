//! Addresses for holders that never sign: the first 20 bytes of `sha256(label)`, in
//! bech32. The same index gives the same address in every run.

use anyhow::Result;
use cosmrs::AccountId;
use sha2::{Digest, Sha256};

pub fn holder(prefix: &str, index: u64) -> Result<String> {
    let digest = Sha256::digest(format!("faro-bench holder {index}").as_bytes());
    let id = AccountId::new(prefix, &digest[..20]).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_are_valid_distinct_and_stable() {
        let a = holder("cosmos", 1).unwrap();
        assert!(faro_client::address::is_valid(&a), "{a}");
        assert!(a.starts_with("cosmos1"));
        assert_eq!(a, holder("cosmos", 1).unwrap());
        assert_ne!(a, holder("cosmos", 2).unwrap());
    }
}
