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

/// [`Changes::set`] for each listed field that the config and its update share a name
/// for, in the order listed, each attribute keyed by the field's name:
///
/// ```ignore
/// faro_types::set_fields! { changes, config, update: min_bond, exit_period }
/// // changes.set("min_bond", &mut config.min_bond, update.min_bond);
/// // changes.set("exit_period", &mut config.exit_period, update.exit_period);
/// ```
#[macro_export]
macro_rules! set_fields {
    ($changes:ident, $config:ident, $update:ident: $($field:ident),+ $(,)?) => {
        $($changes.set(stringify!($field), &mut $config.$field, $update.$field);)+
    };
}

/// `try_map_addresses` for a configuration generic over the type `A` of its addresses,
/// which passes each address through a fallible `f` (e.g. validation) and keeps the other
/// fields: the fields listed as `addresses` are `A`, those listed as `optional` (if any)
/// `Option<A>`. Addresses are mapped in the order listed, then the optional ones.
///
/// ```ignore
/// faro_types::impl_try_map_addresses! {
///     Config { addresses: treasury; optional: oracle; kept: bond_denom, min_bond }
/// }
/// ```
#[macro_export]
macro_rules! impl_try_map_addresses {
    ($config:ident {
        addresses: $($address:ident),+;
        $(optional: $($optional:ident),+;)?
        kept: $($kept:ident),+ $(,)?
    }) => {
        impl<A> $config<A> {
            /// The same configuration with each address passed through `f`, e.g. validated.
            pub fn try_map_addresses<B, E>(
                self,
                mut f: impl FnMut(A) -> Result<B, E>,
            ) -> Result<$config<B>, E> {
                Ok($config {
                    $($address: f(self.$address)?,)+
                    $($($optional: self.$optional.map(&mut f).transpose()?,)+)?
                    $($kept: self.$kept,)+
                })
            }
        }
    };
}
