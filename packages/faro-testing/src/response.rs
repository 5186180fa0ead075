//! Reading what a transaction reported.

use cw_multi_test::AppResponse;

/// The first attribute `key` in any event of the response.
pub fn attribute<'a>(response: &'a AppResponse, key: &str) -> Option<&'a str> {
    response
        .events
        .iter()
        .flat_map(|event| &event.attributes)
        .find(|attribute| attribute.key == key)
        .map(|attribute| attribute.value.as_str())
}
