//! The narrow call messages a contract sends another must serialise exactly as that
//! contract's own messages.

/// Asserts that variant `$variant` of `$call` and of `$own`, built from the local
/// variables named as its fields, serialise to the same JSON.
macro_rules! assert_mirrors {
    ($call:ident, $own:ident, $variant:ident { $($field:ident),* }) => {
        assert_eq!(
            cosmwasm_std::to_json_string(&$call::$variant { $($field: $field.clone()),* })
                .unwrap(),
            cosmwasm_std::to_json_string(&$own::$variant { $($field: $field.clone()),* })
                .unwrap(),
            stringify!($variant),
        )
    };
}
