//! Share and balance conversion. The rounding rules are part of the interface (the hub and
//! the wrapper must round exactly as this contract does), so the functions live in
//! `faro_types::heavy_lst`; this module adds the contract's own checks and tests them all.

use cosmwasm_std::{Decimal256, Uint128};
pub use faro_types::heavy_lst::{balance_of, shares_to_debit, shares_to_mint};

use crate::error::ContractError;

/// `⌊total_shares × index⌋`, refused when it would not fit a cw20 amount: every balance
/// is at most the supply, so no balance query can overflow either.
pub fn supply(total_shares: Uint128, index: Decimal256) -> Result<Uint128, ContractError> {
    balance_of(total_shares, index).map_err(|_| ContractError::SupplyOverflow {
        total_shares,
        index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::dec;
    use cosmwasm_std::Uint256;
    use proptest::prelude::*;

    #[test]
    fn balances_round_down() {
        assert_eq!(balance_of(Uint128::new(3), dec("1.5")).unwrap().u128(), 4);
        assert_eq!(balance_of(Uint128::new(1), dec("0.5")).unwrap().u128(), 0);
        assert_eq!(balance_of(Uint128::new(7), dec("1")).unwrap().u128(), 7);
    }

    #[test]
    fn mints_round_down_and_debits_round_up() {
        assert_eq!(
            shares_to_mint(Uint128::new(10), dec("3")).unwrap().u128(),
            3
        );
        assert_eq!(
            shares_to_debit(Uint128::new(10), dec("3")).unwrap().u128(),
            4
        );
        assert_eq!(shares_to_mint(Uint128::new(9), dec("3")).unwrap().u128(), 3);
        assert_eq!(
            shares_to_debit(Uint128::new(9), dec("3")).unwrap().u128(),
            3
        );
        assert_eq!(shares_to_mint(Uint128::new(1), dec("2")).unwrap().u128(), 0);
        assert_eq!(
            shares_to_debit(Uint128::new(1), dec("2")).unwrap().u128(),
            1
        );
    }

    #[test]
    fn a_zero_index_or_an_oversized_result_is_an_error() {
        assert!(shares_to_mint(Uint128::one(), Decimal256::zero()).is_err());
        assert!(shares_to_debit(Uint128::one(), Decimal256::zero()).is_err());
        let tiny = Decimal256::from_atomics(1u128, 18).unwrap();
        assert!(shares_to_mint(Uint128::MAX, tiny).is_err());
        let huge = Decimal256::from_ratio(Uint256::from(u128::MAX), 1u128);
        assert!(balance_of(Uint128::new(2), huge).is_err());
    }

    #[test]
    fn supply_names_the_overflow() {
        let huge = Decimal256::from_ratio(Uint256::from(u128::MAX), 1u128);
        assert_eq!(supply(Uint128::one(), huge).unwrap(), Uint128::MAX);
        assert_eq!(
            supply(Uint128::new(2), huge),
            Err(ContractError::SupplyOverflow {
                total_shares: Uint128::new(2),
                index: huge
            })
        );
    }

    /// Indexes from 0.000001 to 1,000, with plenty of digits.
    fn index() -> impl Strategy<Value = Decimal256> {
        (1u128..1_000_000_000_000_000_000_000)
            .prop_map(|atomics| Decimal256::from_atomics(atomics, 18).unwrap())
    }

    fn amount() -> impl Strategy<Value = Uint128> {
        prop_oneof![0u128..1_000, 0u128..1_000_000_000_000_000_000].prop_map(Uint128::new)
    }

    proptest! {
        #[test]
        fn minting_never_creates_value(amount in amount(), index in index()) {
            let shares = shares_to_mint(amount, index).unwrap();
            prop_assert!(balance_of(shares, index).unwrap() <= amount);
        }

        #[test]
        fn a_debit_is_worth_at_least_the_amount_and_at_most_one_share_more(
            amount in amount(),
            index in index(),
        ) {
            let shares = shares_to_debit(amount, index).unwrap();
            prop_assert!(balance_of(shares, index).unwrap() >= amount);
            if !shares.is_zero() {
                let fewer = shares - Uint128::one();
                prop_assert!(balance_of(fewer, index).unwrap() < amount);
            }
        }

        #[test]
        fn a_whole_balance_can_always_be_moved(shares in amount(), index in index()) {
            let balance = balance_of(shares, index).unwrap();
            prop_assert!(shares_to_debit(balance, index).unwrap() <= shares);
        }

        #[test]
        fn debit_and_mint_differ_by_at_most_one(amount in amount(), index in index()) {
            let up = shares_to_debit(amount, index).unwrap();
            let down = shares_to_mint(amount, index).unwrap();
            prop_assert!(up >= down && up - down <= Uint128::one());
        }
    }
}
