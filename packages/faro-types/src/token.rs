//! Metadata shared by Faro's cw20 tokens (heavy, wrapped and light LSTs), validated once.

use cosmwasm_schema::cw_serde;
use thiserror::Error;

pub const NAME_LENGTH: std::ops::RangeInclusive<usize> = 3..=50;
/// Longer than cw20-base's 12 so that `lightTOKEN-<moniker>` symbols fit.
pub const SYMBOL_LENGTH: std::ops::RangeInclusive<usize> = 3..=32;
pub const MAX_DECIMALS: u8 = 18;

#[cw_serde]
pub struct TokenMetadata {
    pub name: String,
    pub symbol: String,
    pub decimals: u8,
}

#[derive(Error, Debug, PartialEq)]
pub enum TokenMetadataError {
    #[error("token name must be 3 to 50 bytes long")]
    InvalidName,

    #[error("token symbol must be 3 to 32 letters, digits or '-'")]
    InvalidSymbol,

    #[error("token decimals must not exceed {MAX_DECIMALS}")]
    InvalidDecimals,
}

impl TokenMetadata {
    pub fn validate(&self) -> Result<(), TokenMetadataError> {
        if !NAME_LENGTH.contains(&self.name.len()) {
            return Err(TokenMetadataError::InvalidName);
        }
        let symbol_chars_ok = self
            .symbol
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !SYMBOL_LENGTH.contains(&self.symbol.len()) || !symbol_chars_ok {
            return Err(TokenMetadataError::InvalidSymbol);
        }
        if self.decimals > MAX_DECIMALS {
            return Err(TokenMetadataError::InvalidDecimals);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata(name: &str, symbol: &str, decimals: u8) -> TokenMetadata {
        TokenMetadata {
            name: name.to_string(),
            symbol: symbol.to_string(),
            decimals,
        }
    }

    #[test]
    fn accepts_lst_metadata() {
        metadata("Faro staked ATOM", "stATOM", 6)
            .validate()
            .unwrap();
        metadata("Faro light ATOM", "lightATOM-bob", 6)
            .validate()
            .unwrap();
    }

    #[test]
    fn rejects_each_malformed_field() {
        let cases = [
            (metadata("ab", "stATOM", 6), TokenMetadataError::InvalidName),
            (
                metadata(&"n".repeat(51), "stATOM", 6),
                TokenMetadataError::InvalidName,
            ),
            (metadata("Faro", "st", 6), TokenMetadataError::InvalidSymbol),
            (
                metadata("Faro", "st ATOM", 6),
                TokenMetadataError::InvalidSymbol,
            ),
            (
                metadata("Faro", &"S".repeat(33), 6),
                TokenMetadataError::InvalidSymbol,
            ),
            (
                metadata("Faro", "stATOM", 19),
                TokenMetadataError::InvalidDecimals,
            ),
        ];
        for (token, expected) in cases {
            assert_eq!(token.validate(), Err(expected), "{token:?}");
        }
    }
}
