//! Starting points several scenarios share.

use faro_testing::Suite;

/// Three operators; alice and bob have bonded 6 and 3 ATOM.
pub fn alice_and_bob_bonded() -> Suite {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    suite
        .fund_and_bond(&[("alice", 6_000_000), ("bob", 3_000_000)])
        .unwrap();
    suite
}
