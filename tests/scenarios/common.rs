//! Starting points several scenarios share.

use std::fmt::Debug;

use cosmwasm_std::Addr;
use cw_ownable::Action;
use faro_testing::Suite;

/// cw-ownable's refusal of anyone but the owner.
pub const NOT_OWNER: &str = "Caller is not the contract's current owner";

/// Three operators; alice and bob have bonded 6 and 3 ATOM.
pub fn alice_and_bob_bonded() -> Suite {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    suite
        .fund_and_bond(&[("alice", 6_000_000), ("bob", 3_000_000)])
        .unwrap();
    suite
}

/// The cw2 name and version `contract` has stored.
pub fn stored_version(suite: &Suite, contract: &Addr) -> cw2::ContractVersion {
    let raw = suite
        .app
        .wrap()
        .query_wasm_raw(contract, CW2_KEY.to_vec())
        .unwrap();
    cosmwasm_std::from_json(raw.unwrap()).unwrap()
}

/// Overwrites the cw2 version of `contract` (named `crates.io:faro-{name}`), as if
/// `version` had been running there.
pub fn set_stored_version(suite: &mut Suite, contract: &Addr, name: &str, version: &str) {
    let stored = cw2::ContractVersion {
        contract: format!("crates.io:faro-{name}"),
        version: version.to_string(),
    };
    let bytes = cosmwasm_std::to_json_vec(&stored).unwrap();
    suite
        .app
        .contract_storage_mut(contract)
        .set(CW2_KEY, &bytes);
}

/// Where cw2 keeps a contract's name and version.
const CW2_KEY: &[u8] = b"contract_info";

/// cw-ownable's first step: offers the contract to `new_owner`, with no expiry.
pub fn transfer_to(new_owner: &str) -> Action {
    Action::TransferOwnership {
        new_owner: new_owner.to_string(),
        expiry: None,
    }
}

/// The message at the root of a failure that must have happened.
#[track_caller]
pub fn refusal<T: Debug>(res: anyhow::Result<T>) -> String {
    res.unwrap_err().root_cause().to_string()
}
