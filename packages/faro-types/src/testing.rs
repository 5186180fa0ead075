//! What every contract's unit tests read from a response. Compiled only with the
//! `testing` feature, which the contracts enable for their tests alone.

use std::str::FromStr;

use cosmwasm_std::testing::{MockApi, MockQuerier, MockStorage};
use cosmwasm_std::{
    Binary, Decimal256, MsgResponse, OwnedDeps, Reply, Response, SubMsgResponse, SubMsgResult,
};

/// What `cosmwasm_std::testing::mock_dependencies` builds.
pub type MockDeps = OwnedDeps<MockStorage, MockApi, MockQuerier>;

/// `value` read as a `Decimal256`, e.g. an index; panics if it is not one.
pub fn dec(value: &str) -> Decimal256 {
    Decimal256::from_str(value).unwrap()
}

/// The value of attribute `key`; the first if it repeats. Panics if there is none.
pub fn attr<'a, T>(res: &'a Response<T>, key: &str) -> &'a str {
    attrs(res, key)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no attribute {key}"))
}

/// Every value of attribute `key`, in order.
pub fn attrs<'a, T>(res: &'a Response<T>, key: &str) -> Vec<&'a str> {
    res.attributes
        .iter()
        .filter(|a| a.key == key)
        .map(|a| a.value.as_str())
        .collect()
}

/// A successful submessage answer as wasmd gives it: chains before CosmWasm 2 fill
/// `data`, later ones `msg_responses`.
#[allow(deprecated)]
pub fn sub_msg_response(data: Option<Binary>, msg_responses: Vec<MsgResponse>) -> SubMsgResponse {
    SubMsgResponse {
        events: vec![],
        data,
        msg_responses,
    }
}

/// The reply wasmd gives submessage `id`, sent with `payload`, once it ran to `result`.
pub fn chain_reply(id: u64, payload: Binary, result: SubMsgResult) -> Reply {
    Reply {
        id,
        payload,
        gas_used: 0,
        result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_first_and_every_value() {
        let res: Response = Response::new()
            .add_attribute("action", "bond")
            .add_attribute("part", "a")
            .add_attribute("part", "b");
        assert_eq!(attr(&res, "action"), "bond");
        assert_eq!(attr(&res, "part"), "a");
        assert_eq!(attrs(&res, "part"), ["a", "b"]);
        assert!(attrs(&res, "none").is_empty());
    }

    #[test]
    #[should_panic(expected = "no attribute none")]
    fn a_missing_attribute_fails_the_test() {
        attr(&Response::<()>::new(), "none");
    }
}
