//! An owner's `UpdateConfig`, the same flow in every owner-run contract ([`update_config`]).
//! Where the contract uses [`Changes`], each field the update gives replaces the stored
//! one, and the response names every field so replaced with its new value.

use cosmwasm_std::{Addr, Api, Attribute, DepsMut, MessageInfo, Response, StdError, StdResult};
use cw_ownable::OwnershipError;
use cw_storage_plus::Item;
use cw_utils::PaymentError;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::ownership::owner_only;

/// The owner's update of the config stored in `item`: `apply` changes the config, does
/// whatever the change sets off and names the attributes the response gives after
/// `action=update_config`; the config is saved once `apply` succeeds.
pub fn update_config<C, E>(
    mut deps: DepsMut,
    info: &MessageInfo,
    item: &Item<C>,
    apply: impl FnOnce(DepsMut, &mut C) -> Result<Vec<Attribute>, E>,
) -> Result<Response, E>
where
    C: Serialize + DeserializeOwned,
    E: From<StdError> + From<OwnershipError> + From<PaymentError>,
{
    owner_only::<E>(deps.storage, info)?;
    let mut config = item.load(deps.storage)?;
    let attributes = apply(deps.branch(), &mut config)?;
    item.save(deps.storage, &config)?;
    Ok(Response::new()
        .add_attribute("action", "update_config")
        .add_attributes(attributes))
}

/// The attributes naming the fields an update replaced, in the order replaced.
#[derive(Default)]
pub struct Changes(Vec<Attribute>);

impl Changes {
    /// Replaces `field` with `new`, if the update gives it.
    pub fn set<T: ToString>(&mut self, key: &str, field: &mut T, new: Option<T>) {
        if let Some(value) = new {
            self.0.push(Attribute::new(key, value.to_string()));
            *field = value;
        }
    }

    /// Replaces `field` with the address `new`, if the update gives one that is valid.
    pub fn set_addr(
        &mut self,
        api: &dyn Api,
        key: &str,
        field: &mut Addr,
        new: Option<String>,
    ) -> StdResult<()> {
        self.set(
            key,
            field,
            new.map(|new| api.addr_validate(&new)).transpose()?,
        );
        Ok(())
    }

    /// Sets the optional address `field` to `new`, if the update gives one that is valid.
    pub fn set_optional_addr(
        &mut self,
        api: &dyn Api,
        key: &str,
        field: &mut Option<Addr>,
        new: Option<String>,
    ) -> StdResult<()> {
        if let Some(new) = new {
            let addr = api.addr_validate(&new)?;
            self.0.push(Attribute::new(key, addr.as_str()));
            *field = Some(addr);
        }
        Ok(())
    }

    pub fn into_attributes(self) -> Vec<Attribute> {
        self.0
    }
}
