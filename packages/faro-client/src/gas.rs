//! Gas limits and fees: the simulated gas times an adjustment, paid at a fixed price.

use std::str::FromStr;

use cosmwasm_std::{Decimal, Uint128};

use crate::error::ClientError;

/// What one unit of gas costs, e.g. `0.025uatom`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GasPrice {
    pub amount: Decimal,
    pub denom: String,
}

impl GasPrice {
    pub fn new(amount: Decimal, denom: impl Into<String>) -> Self {
        GasPrice {
            amount,
            denom: denom.into(),
        }
    }

    /// The fee for `gas_limit`, rounded up so the node never finds it short.
    pub fn fee_for(&self, gas_limit: u64) -> u128 {
        Uint128::from(gas_limit).mul_ceil(self.amount).u128()
    }
}

impl FromStr for GasPrice {
    type Err = ClientError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let invalid = || ClientError::InvalidGasPrice {
            input: input.to_string(),
        };
        let split = input
            .find(|c: char| c.is_ascii_alphabetic())
            .ok_or_else(invalid)?;
        let (amount, denom) = input.split_at(split);
        let amount = Decimal::from_str(amount).map_err(|_| invalid())?;
        Ok(GasPrice::new(amount, denom))
    }
}

impl std::fmt::Display for GasPrice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.amount, self.denom)
    }
}

/// How a simulated gas figure becomes a tx's gas limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GasAdjustment(pub Decimal);

/// Simulation runs without the signature checks' exact costs and state can move between
/// simulation and inclusion, so the limit keeps a margin.
impl Default for GasAdjustment {
    fn default() -> Self {
        GasAdjustment(Decimal::permille(1300))
    }
}

impl GasAdjustment {
    pub fn limit_for(self, simulated: u64) -> u64 {
        let limit = Uint128::from(simulated).mul_ceil(self.0).u128();
        u64::try_from(limit).unwrap_or(u64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_amount_and_denom() {
        let price: GasPrice = "0.025uatom".parse().unwrap();
        assert_eq!(price, GasPrice::new(Decimal::permille(25), "uatom"));
        assert_eq!(price.to_string(), "0.025uatom");
    }

    #[test]
    fn rejects_a_price_without_denom_or_amount() {
        for input in ["0.025", "uatom", "", "x0.1uatom"] {
            let err = input.parse::<GasPrice>().unwrap_err();
            assert!(
                matches!(err, ClientError::InvalidGasPrice { .. }),
                "{input}"
            );
        }
    }

    #[test]
    fn fee_rounds_up() {
        let price = GasPrice::new(Decimal::permille(25), "uatom");
        assert_eq!(price.fee_for(100_000), 2_500);
        assert_eq!(price.fee_for(1), 1);
        assert_eq!(GasPrice::new(Decimal::zero(), "uatom").fee_for(1_000), 0);
    }

    #[test]
    fn limit_keeps_a_margin() {
        assert_eq!(GasAdjustment::default().limit_for(100_000), 130_000);
        assert_eq!(GasAdjustment(Decimal::percent(150)).limit_for(3), 5);
    }
}
