//! Ties a validator operator address to the account that controls it: both encode the
//! same key bytes under different bech32 prefixes.

use cosmwasm_std::{Addr, Api, QuerierWrapper};

use crate::error::ContractError;

/// Checks that `valoper` is a validator of this chain and that `sender` is its account.
pub fn ensure_controls(
    api: &dyn Api,
    querier: &QuerierWrapper,
    sender: &Addr,
    valoper: &str,
) -> Result<(), ContractError> {
    let invalid = || ContractError::InvalidValoper {
        valoper: valoper.to_string(),
    };
    let (hrp, key) = bech32::decode(valoper).map_err(|_| invalid())?;
    if !hrp.as_str().ends_with("valoper") || valoper.to_lowercase() != valoper {
        return Err(invalid());
    }
    if querier.query_validator(valoper)?.is_none() {
        return Err(ContractError::UnknownValidator {
            valoper: valoper.to_string(),
        });
    }
    if api.addr_canonicalize(sender.as_str())?.as_slice() != key.as_slice() {
        return Err(ContractError::NotValidatorAccount {
            valoper: valoper.to_string(),
        });
    }
    Ok(())
}
