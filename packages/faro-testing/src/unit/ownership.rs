//! cw-ownable's two-step hand-over, driven through any contract's own `execute`.

use std::fmt::Debug;

use cosmwasm_std::testing::{message_info, mock_env};
use cw_ownable::{Action, OwnershipError};
use faro_cw20::conformance::{wire, Execute, MockDeps};
use serde::de::DeserializeOwned;

use crate::chain::account;
use crate::ownable::OwnableExecuteMsg;

/// `owner` offers the contract to `new_owner`, who accepts; checks that the same offer
/// from a stranger is refused with `NotOwner` first, and that `new_owner` then owns it.
/// Panics if either step is refused.
pub fn hand_over<M: DeserializeOwned, E: Debug + PartialEq + From<OwnershipError>>(
    deps: &mut MockDeps,
    execute: Execute<M, E>,
    owner: &str,
    new_owner: &str,
) {
    let offer = Action::TransferOwnership {
        new_owner: account(new_owner).to_string(),
        expiry: None,
    };
    let call = |deps: &mut MockDeps, sender: &str, action: Action| {
        let info = message_info(&account(sender), &[]);
        let msg = wire(&OwnableExecuteMsg::UpdateOwnership(action));
        execute(deps.as_mut(), mock_env(), info, msg)
    };
    let refused = call(deps, "stranger", offer.clone()).unwrap_err();
    assert_eq!(refused, E::from(OwnershipError::NotOwner));
    for (sender, action) in [(owner, offer), (new_owner, Action::AcceptOwnership)] {
        call(deps, sender, action).expect(sender);
    }
    let ownership = cw_ownable::get_ownership(&deps.storage).unwrap();
    assert_eq!(ownership.owner, Some(account(new_owner)));
}
