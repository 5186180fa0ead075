//! An owner's `UpdateConfig`: each field the update gives replaces the stored one, and the
//! response names every field so replaced with its new value.

use cosmwasm_std::{Addr, Api, Attribute, StdResult};

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
