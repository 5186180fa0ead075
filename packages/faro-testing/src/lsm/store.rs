//! A minimal typed key-value layer over the app's root storage, shared by the staking,
//! distribution and LSM modules (cw-multi-test hands each module the whole store).
//! Keys start with `faro_lsm/`, which no cw-multi-test module uses: theirs are
//! length-prefixed and start with a zero byte.

use std::marker::PhantomData;

use cosmwasm_std::{from_json, to_json_vec, Order, StdResult, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

const ROOT: &[u8] = b"faro_lsm/";

pub struct Item<T> {
    name: &'static str,
    value: PhantomData<T>,
}

impl<T: Serialize + DeserializeOwned> Item<T> {
    pub const fn new(name: &'static str) -> Self {
        Item {
            name,
            value: PhantomData,
        }
    }

    fn key(&self) -> Vec<u8> {
        [ROOT, self.name.as_bytes()].concat()
    }

    pub fn may_load(&self, storage: &dyn Storage) -> StdResult<Option<T>> {
        storage.get(&self.key()).map(|v| from_json(&v)).transpose()
    }

    pub fn save(&self, storage: &mut dyn Storage, value: &T) -> StdResult<()> {
        storage.set(&self.key(), &to_json_vec(value)?);
        Ok(())
    }
}

/// Keys are tuples of strings, each length-prefixed so that a prefix of the tuple
/// selects exactly the entries under it.
pub struct Map<T> {
    name: &'static str,
    value: PhantomData<T>,
}

impl<T: Serialize + DeserializeOwned> Map<T> {
    pub const fn new(name: &'static str) -> Self {
        Map {
            name,
            value: PhantomData,
        }
    }

    fn key(&self, parts: &[&str]) -> Vec<u8> {
        let mut key = [ROOT, self.name.as_bytes(), b"\0"].concat();
        for part in parts {
            let len = u16::try_from(part.len()).expect("key parts are short");
            key.extend_from_slice(&len.to_be_bytes());
            key.extend_from_slice(part.as_bytes());
        }
        key
    }

    pub fn may_load(&self, storage: &dyn Storage, key: &[&str]) -> StdResult<Option<T>> {
        storage
            .get(&self.key(key))
            .map(|v| from_json(&v))
            .transpose()
    }

    pub fn has(&self, storage: &dyn Storage, key: &[&str]) -> bool {
        storage.get(&self.key(key)).is_some()
    }

    pub fn save(&self, storage: &mut dyn Storage, key: &[&str], value: &T) -> StdResult<()> {
        storage.set(&self.key(key), &to_json_vec(value)?);
        Ok(())
    }

    pub fn remove(&self, storage: &mut dyn Storage, key: &[&str]) {
        storage.remove(&self.key(key));
    }

    /// Every entry under `prefix`, in key order, with the rest of its key.
    pub fn range(
        &self,
        storage: &dyn Storage,
        prefix: &[&str],
    ) -> StdResult<Vec<(Vec<String>, T)>> {
        let start = self.key(prefix);
        storage
            .range(Some(&start), None, Order::Ascending)
            .take_while(|(key, _)| key.starts_with(&start))
            .map(|(key, value)| Ok((split_parts(&key[start.len()..]), from_json(&value)?)))
            .collect()
    }
}

fn split_parts(mut bytes: &[u8]) -> Vec<String> {
    let mut parts = vec![];
    while bytes.len() >= 2 {
        let len = u16::from_be_bytes([bytes[0], bytes[1]]) as usize;
        parts.push(String::from_utf8_lossy(&bytes[2..2 + len]).into_owned());
        bytes = &bytes[2 + len..];
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::testing::MockStorage;

    #[test]
    fn prefixes_select_exactly_their_entries() {
        let map: Map<u32> = Map::new("pairs");
        let mut storage = MockStorage::new();
        map.save(&mut storage, &["a", "x"], &1).unwrap();
        map.save(&mut storage, &["a", "y"], &2).unwrap();
        map.save(&mut storage, &["ab", "x"], &3).unwrap();
        let under_a = map.range(&storage, &["a"]).unwrap();
        assert_eq!(
            under_a,
            vec![(vec!["x".to_string()], 1), (vec!["y".to_string()], 2)]
        );
        assert_eq!(map.range(&storage, &[]).unwrap().len(), 3);
        map.remove(&mut storage, &["a", "x"]);
        assert!(!map.has(&storage, &["a", "x"]));
        assert_eq!(map.may_load(&storage, &["ab", "x"]).unwrap(), Some(3));
    }

    #[test]
    fn items_round_trip() {
        let item: Item<String> = Item::new("item");
        let mut storage = MockStorage::new();
        assert_eq!(item.may_load(&storage).unwrap(), None);
        item.save(&mut storage, &"v".to_string()).unwrap();
        assert_eq!(item.may_load(&storage).unwrap(), Some("v".to_string()));
    }
}
