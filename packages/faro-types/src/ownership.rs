//! Two-step ownership (cw-ownable), handled identically by every contract: the owner
//! proposes, the new owner (in phase 1 the cw3 multisig) accepts.

use cosmwasm_std::{BlockInfo, DepsMut, MessageInfo, Response, Storage};
use cw_ownable::{Action, OwnershipError};
use cw_utils::{nonpayable, PaymentError};

pub fn update_ownership<E>(
    deps: DepsMut,
    block: &BlockInfo,
    info: &MessageInfo,
    action: Action,
) -> Result<Response, E>
where
    E: From<OwnershipError> + From<PaymentError>,
{
    nonpayable(info)?;
    let ownership = cw_ownable::update_ownership(deps, block, &info.sender, action)?;
    Ok(Response::new()
        .add_attribute("action", "update_ownership")
        .add_attributes(ownership.into_attributes()))
}

/// The guard of an owner's action that takes no funds: refuses funds first, then anyone
/// but the owner.
pub fn owner_only<E>(storage: &dyn Storage, info: &MessageInfo) -> Result<(), E>
where
    E: From<OwnershipError> + From<PaymentError>,
{
    nonpayable(info)?;
    cw_ownable::assert_owner(storage, &info.sender)?;
    Ok(())
}
