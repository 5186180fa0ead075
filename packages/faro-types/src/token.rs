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
    pub fn new(name: impl Into<String>, symbol: impl Into<String>, decimals: u8) -> Self {
        TokenMetadata {
            name: name.into(),
            symbol: symbol.into(),
            decimals,
        }
    }

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

    #[test]
    fn accepts_lst_metadata() {
        TokenMetadata::new("Faro staked ATOM", "stATOM", 6)
            .validate()
            .unwrap();
        TokenMetadata::new("Faro light ATOM", "lightATOM-bob", 6)
            .validate()
            .unwrap();
    }

    #[test]
    fn rejects_each_malformed_field() {
        let cases = [
            (
                TokenMetadata::new("ab", "stATOM", 6),
                TokenMetadataError::InvalidName,
            ),
            (
                TokenMetadata::new("n".repeat(51), "stATOM", 6),
                TokenMetadataError::InvalidName,
            ),
            (
                TokenMetadata::new("Faro", "st", 6),
                TokenMetadataError::InvalidSymbol,
            ),
            (
                TokenMetadata::new("Faro", "st ATOM", 6),
                TokenMetadataError::InvalidSymbol,
            ),
            (
                TokenMetadata::new("Faro", "S".repeat(33), 6),
                TokenMetadataError::InvalidSymbol,
            ),
            (
                TokenMetadata::new("Faro", "stATOM", 19),
                TokenMetadataError::InvalidDecimals,
            ),
        ];
        for (token, expected) in cases {
            assert_eq!(token.validate(), Err(expected), "{token:?}");
        }
    }
}
