//! What every contract's smoke test does, given its messages.

use std::fmt::Debug;

use cosmwasm_std::Addr;
use cw_ownable::{Action, Ownership};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::vm::Contract;
use crate::{artifacts, chain};

/// One contract's messages for the smoke test. Every Faro contract has cw-ownable's
/// `UpdateOwnership`, and the `Config {}` and `Ownership {}` queries.
pub trait SmokeCase {
    /// `artifacts/<ARTIFACT>.wasm`: the contract's directory under contracts/.
    const ARTIFACT: &'static str;

    type InstantiateMsg: Serialize;
    type ExecuteMsg: Serialize;
    type QueryMsg: Serialize;
    type Config: DeserializeOwned + Debug;

    /// A valid instantiate message owned by `chain::owner()`.
    fn instantiate_msg() -> Self::InstantiateMsg;
    fn update_ownership(action: Action) -> Self::ExecuteMsg;
    fn ownership_query() -> Self::QueryMsg;
    fn config_query() -> Self::QueryMsg;
    /// Asserts that a field of `instantiate_msg()` came back.
    fn check_config(config: &Self::Config);
}

/// Instantiates the artifact, has the owner propose a new owner, and checks both queries.
pub fn run<C: SmokeCase>() {
    let mut contract = Contract::new(C::ARTIFACT, &artifacts::load(C::ARTIFACT));
    let (owner, new_owner) = (chain::owner(), chain::new_owner());

    contract.instantiate(&owner, &C::instantiate_msg());

    let transfer = Action::TransferOwnership {
        new_owner: new_owner.clone(),
        expiry: None,
    };
    contract.execute(&owner, &C::update_ownership(transfer));

    let ownership: Ownership<Addr> = contract.query(&C::ownership_query());
    assert_eq!(
        ownership.owner.as_ref().map(Addr::as_str),
        Some(owner.as_str())
    );
    assert_eq!(
        ownership.pending_owner.as_ref().map(Addr::as_str),
        Some(new_owner.as_str()),
        "{}: ownership transfer not pending",
        C::ARTIFACT
    );

    let config: C::Config = contract.query(&C::config_query());
    C::check_config(&config);
}

/// `smoke_case!(Name, "artifact", module, instantiate_msg, |config| { asserts })` declares
/// `Name` and implements [`SmokeCase`] with `faro_types::module`'s messages, so a case states
/// only its instantiate message and config check.
macro_rules! smoke_case {
    ($case:ident, $artifact:literal, $module:ident, $instantiate:expr, $check:expr $(,)?) => {
        pub struct $case;

        impl $crate::case::SmokeCase for $case {
            const ARTIFACT: &'static str = $artifact;
            type InstantiateMsg = faro_types::$module::InstantiateMsg;
            type ExecuteMsg = faro_types::$module::ExecuteMsg;
            type QueryMsg = faro_types::$module::QueryMsg;
            type Config = faro_types::$module::Config;

            fn instantiate_msg() -> Self::InstantiateMsg {
                $instantiate
            }

            fn update_ownership(action: cw_ownable::Action) -> Self::ExecuteMsg {
                faro_types::$module::ExecuteMsg::UpdateOwnership(action)
            }

            fn ownership_query() -> Self::QueryMsg {
                faro_types::$module::QueryMsg::Ownership {}
            }

            fn config_query() -> Self::QueryMsg {
                faro_types::$module::QueryMsg::Config {}
            }

            fn check_config(config: &Self::Config) {
                let check: fn(&Self::Config) = $check;
                check(config);
            }
        }
    };
}

pub(crate) use smoke_case;
