//! Maps of amounts in which an absent key reads as zero and a zero is never stored, so an
//! emptied entry leaves nothing behind in storage.

use cosmwasm_std::{StdResult, Storage, Uint128};
use cw_storage_plus::{Map, PrimaryKey};

/// The amount stored at `key`; zero if there is none.
pub fn amount_of<'k, K: PrimaryKey<'k>>(
    map: &Map<K, Uint128>,
    storage: &dyn Storage,
    key: K,
) -> StdResult<Uint128> {
    Ok(map.may_load(storage, key)?.unwrap_or_default())
}

/// Stores `amount` at `key`, or removes the entry when `amount` is zero.
pub fn set_amount<'k, K: PrimaryKey<'k>>(
    map: &Map<K, Uint128>,
    storage: &mut dyn Storage,
    key: K,
    amount: Uint128,
) -> StdResult<()> {
    if amount.is_zero() {
        map.remove(storage, key);
        Ok(())
    } else {
        map.save(storage, key, &amount)
    }
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::testing::MockStorage;

    use super::*;

    const AMOUNTS: Map<&str, Uint128> = Map::new("amounts");

    #[test]
    fn an_absent_key_reads_as_zero_and_a_zero_is_not_stored() {
        let mut storage = MockStorage::new();
        assert_eq!(amount_of(&AMOUNTS, &storage, "a").unwrap(), Uint128::zero());
        set_amount(&AMOUNTS, &mut storage, "a", Uint128::new(5)).unwrap();
        assert_eq!(amount_of(&AMOUNTS, &storage, "a").unwrap(), Uint128::new(5));
        set_amount(&AMOUNTS, &mut storage, "a", Uint128::zero()).unwrap();
        assert!(!AMOUNTS.has(&storage, "a"));
        set_amount(&AMOUNTS, &mut storage, "b", Uint128::zero()).unwrap();
        assert!(!AMOUNTS.has(&storage, "b"));
    }
}
