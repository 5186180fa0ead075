//! Native denoms, checked against the Cosmos SDK's rule:
//! `[a-zA-Z][a-zA-Z0-9/:._-]{2,127}`.

use thiserror::Error;

#[derive(Error, Debug, PartialEq)]
pub enum DenomError {
    #[error("invalid denom {denom:?}: 3 to 128 characters, a letter first, then letters, digits or /:._-")]
    Invalid { denom: String },
}

pub fn validate_native_denom(denom: &str) -> Result<(), DenomError> {
    let mut chars = denom.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || "/:._-".contains(c));
    if !first_ok || !rest_ok || !(3..=128).contains(&denom.len()) {
        return Err(DenomError::Invalid {
            denom: denom.to_string(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_sdk_denoms() {
        for denom in [
            "uatom",
            "ibc/27394FB092D2ECCD",
            "factory/cosmos1x/ufro",
            "a.b_c-d:e",
        ] {
            validate_native_denom(denom).unwrap();
        }
    }

    #[test]
    fn rejects_malformed_denoms() {
        for denom in ["", "ua", "1atom", "u atom", "uatom!", &"u".repeat(129)] {
            assert!(validate_native_denom(denom).is_err(), "{denom}");
        }
    }
}
