//! The proposer's fee: the prover pool escrows `⌈F × gas_used⌉` of each proposed block from
//! the relayer's fee deposit, so a batch of proposals carries whatever the deposit lacks.

use cosmwasm_std::{Decimal256, Uint128, Uint256};

/// Proofs in the same batch move `F` toward the provers' `R′ ≤ 1.25 F`, by at most
/// 0.25/1024 of `F` each; pricing every proposal at `1.25 F` covers a batch of up to
/// [`MAX_BATCH_SIZE`](crate::config::MAX_BATCH_SIZE) actions. What is left over stays in the
/// deposit for the next one.
pub fn fee_margin() -> Decimal256 {
    Decimal256::percent(125)
}

/// What to attach to a batch proposing blocks of `gas_used` each, given the deposit the
/// relayer has and the pool's `fee_per_gas` now.
pub fn top_up(
    gas_used: impl IntoIterator<Item = u64>,
    fee_per_gas: Decimal256,
    deposit: Uint128,
) -> Result<Uint128, FeeError> {
    let price = fee_per_gas
        .checked_mul(fee_margin())
        .map_err(|_| FeeError::Overflow)?;
    let mut needed = Uint256::zero();
    for gas in gas_used {
        let fee = Uint256::from(gas)
            .checked_mul_ceil(price)
            .map_err(|_| FeeError::Overflow)?;
        needed = needed.checked_add(fee).map_err(|_| FeeError::Overflow)?;
    }
    let missing = needed.saturating_sub(Uint256::from(deposit));
    Uint128::try_from(missing).map_err(|_| FeeError::Overflow)
}

#[derive(thiserror::Error, Debug, PartialEq, Eq)]
pub enum FeeError {
    #[error("the fees of a batch overflow: the pool's fee per gas is out of all proportion")]
    Overflow,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::MAX_BATCH_SIZE;

    #[test]
    fn each_block_is_priced_at_a_quarter_above_f_rounded_up() {
        let f = Decimal256::permille(10);
        // ⌈100 × 0.0125⌉ = 2 and ⌈1000 × 0.0125⌉ = 13.
        assert_eq!(
            top_up([100, 1000], f, Uint128::zero()),
            Ok(Uint128::new(15))
        );
    }

    #[test]
    fn the_deposit_is_used_first() {
        let f = Decimal256::one();
        assert_eq!(top_up([400], f, Uint128::new(100)), Ok(Uint128::new(400)));
        assert_eq!(top_up([400], f, Uint128::new(500)), Ok(Uint128::zero()));
        assert_eq!(top_up([400], f, Uint128::new(501)), Ok(Uint128::zero()));
    }

    #[test]
    fn no_proposals_need_nothing() {
        assert_eq!(
            top_up([], Decimal256::one(), Uint128::zero()),
            Ok(Uint128::zero())
        );
    }

    #[test]
    fn the_margin_covers_f_rising_through_the_largest_batch_of_proofs() {
        // F after n proofs paid at the highest R′ = 1.25 F: F·((1023 + 1.25)/1024)^n.
        let mut f = Decimal256::one();
        for _ in 0..MAX_BATCH_SIZE {
            f = (f * Decimal256::from_ratio(1023u32, 1024u32))
                + (f * fee_margin() / Decimal256::from_atomics(1024u32, 0).unwrap());
        }
        assert!(f < fee_margin(), "{MAX_BATCH_SIZE} proofs move F to {f}");
    }

    #[test]
    fn absurd_prices_are_an_error_not_a_panic() {
        assert_eq!(
            top_up([u64::MAX], Decimal256::MAX, Uint128::zero()),
            Err(FeeError::Overflow)
        );
        assert_eq!(
            top_up(
                [u64::MAX, u64::MAX],
                Decimal256::from_atomics(u128::MAX, 0).unwrap(),
                Uint128::zero()
            ),
            Err(FeeError::Overflow)
        );
    }
}
