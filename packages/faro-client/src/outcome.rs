//! What an included tx left behind: its hash, height, gas and events.

use cosmrs::rpc::endpoint::tx;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub kind: String,
    pub attributes: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TxOutcome {
    pub hash: String,
    pub height: u64,
    pub gas_wanted: u64,
    pub gas_used: u64,
    pub events: Vec<Event>,
}

impl TxOutcome {
    pub(crate) fn from_included(tx: &tx::Response) -> Self {
        let events = tx
            .tx_result
            .events
            .iter()
            .map(|event| Event {
                kind: event.kind.clone(),
                attributes: event
                    .attributes
                    .iter()
                    .map(|a| (lossy(a.key_bytes()), lossy(a.value_bytes())))
                    .collect(),
            })
            .collect();
        TxOutcome {
            hash: tx.hash.to_string(),
            height: tx.height.value(),
            gas_wanted: u64::try_from(tx.tx_result.gas_wanted).unwrap_or_default(),
            gas_used: u64::try_from(tx.tx_result.gas_used).unwrap_or_default(),
            events,
        }
    }

    /// Every value of `key` in events of type `kind`, in order.
    pub fn attributes(&self, kind: &str, key: &str) -> Vec<&str> {
        self.events
            .iter()
            .filter(|event| event.kind == kind)
            .flat_map(|event| &event.attributes)
            .filter(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// The first value of `key` in an event of type `kind`.
    pub fn attribute(&self, kind: &str, key: &str) -> Option<&str> {
        self.attributes(kind, key).first().copied()
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: &str, attributes: &[(&str, &str)]) -> Event {
        Event {
            kind: kind.to_string(),
            attributes: attributes
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn finds_attributes_by_event_and_key() {
        let outcome = TxOutcome {
            hash: "AB".into(),
            height: 9,
            gas_wanted: 2,
            gas_used: 1,
            events: vec![
                event("message", &[("action", "store")]),
                event("store_code", &[("code_id", "3")]),
                event("store_code", &[("code_id", "4")]),
            ],
        };
        assert_eq!(outcome.attribute("store_code", "code_id"), Some("3"));
        assert_eq!(outcome.attributes("store_code", "code_id"), ["3", "4"]);
        assert_eq!(outcome.attribute("wasm", "code_id"), None);
    }
}
