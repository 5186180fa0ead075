//! Every list query pages with `start_after` and `limit`; no query returns an unbounded list.

use cosmwasm_std::{Order, StdResult, Storage};
use cw_storage_plus::{Bound, KeyDeserialize, Map, Prefix, PrimaryKey};
use serde::de::DeserializeOwned;
use serde::Serialize;

pub const DEFAULT_LIMIT: u32 = 10;
pub const MAX_LIMIT: u32 = 100;

/// The number of entries a page holds: the caller's limit, capped at [`MAX_LIMIT`].
pub fn page_size(limit: Option<u32>) -> usize {
    limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT) as usize
}

/// Stored entries, each with its key, as storage iterates them.
pub type Entries<'s, K, V> = Box<dyn Iterator<Item = StdResult<(K, V)>> + 's>;

/// Entries in ascending key order: a whole map, or the part of one under a prefix.
pub trait Listing<'k, K: PrimaryKey<'k> + KeyDeserialize, V: 'static> {
    fn ascending<'s>(
        &self,
        store: &'s dyn Storage,
        start: Option<Bound<'k, K>>,
    ) -> Entries<'s, K::Output, V>;
}

/// Maps and prefixes both range in order; only their types differ.
macro_rules! listing {
    ($store:ty) => {
        impl<'k, K, V> Listing<'k, K, V> for $store
        where
            K: PrimaryKey<'k> + KeyDeserialize,
            K::Output: 'static,
            V: Serialize + DeserializeOwned + 'static,
        {
            fn ascending<'s>(
                &self,
                store: &'s dyn Storage,
                start: Option<Bound<'k, K>>,
            ) -> Entries<'s, K::Output, V> {
                self.range(store, start, None, Order::Ascending)
            }
        }
    };
}

listing!(Map<K, V>);
listing!(Prefix<K, V, K>);

/// One page of `listing` after the key `start_after`.
pub fn page<'k, K, V: 'static>(
    storage: &dyn Storage,
    listing: &impl Listing<'k, K, V>,
    start_after: Option<K>,
    limit: Option<u32>,
) -> StdResult<Vec<(K::Output, V)>>
where
    K: PrimaryKey<'k> + KeyDeserialize,
{
    listing
        .ascending(storage, start_after.map(Bound::exclusive))
        .take(page_size(limit))
        .collect()
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::testing::MockStorage;

    use super::*;

    const NUMBERS: Map<u32, u32> = Map::new("numbers");
    const GROUPED: Map<(u32, u32), u32> = Map::new("grouped");

    #[test]
    fn defaults_and_caps() {
        assert_eq!(page_size(None), 10);
        assert_eq!(page_size(Some(3)), 3);
        assert_eq!(page_size(Some(u32::MAX)), 100);
    }

    #[test]
    fn pages_start_after_the_key_and_hold_at_most_the_limit() {
        let mut storage = MockStorage::new();
        for n in (0..150).rev() {
            NUMBERS.save(&mut storage, n, &(n * 2)).unwrap();
        }
        let first = page(&storage, &NUMBERS, None, Some(3)).unwrap();
        assert_eq!(first, vec![(0, 0), (1, 2), (2, 4)]);
        let next = page(&storage, &NUMBERS, Some(2), None).unwrap();
        assert_eq!(next.len(), 10);
        assert_eq!(next[0], (3, 6));
        let capped = page(&storage, &NUMBERS, Some(10), Some(1_000)).unwrap();
        assert_eq!(capped.len(), 100);
        assert_eq!(capped[99], (110, 220));
        assert!(page(&storage, &NUMBERS, Some(149), None)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn prefix_pages_stay_under_their_prefix() {
        let mut storage = MockStorage::new();
        for group in 0..3 {
            for n in 0..5 {
                GROUPED
                    .save(&mut storage, (group, n), &(group * 10 + n))
                    .unwrap();
            }
        }
        let first = page(&storage, &GROUPED.prefix(1), None, Some(2)).unwrap();
        assert_eq!(first, vec![(0, 10), (1, 11)]);
        let rest = page(&storage, &GROUPED.prefix(1), Some(1), None).unwrap();
        assert_eq!(rest, vec![(2, 12), (3, 13), (4, 14)]);
    }
}
