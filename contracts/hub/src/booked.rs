//! The hub's own figure of its stake at each validator ([`BOOKED`]). Against the chain's
//! figure at the epoch it tells which validator was slashed and by what fraction, so a
//! batch unbonding from that validator loses what the chain took from its entries there,
//! and only that.

use cosmwasm_std::{Order, StdResult, Storage, Uint128};
use faro_types::amounts::{amount_of, set_amount};
use faro_types::lsm_tokenizer::Stake;

use crate::error::ContractError;
use crate::state::BOOKED;

pub fn of(storage: &dyn Storage, validator: &str) -> StdResult<Uint128> {
    amount_of(&BOOKED, storage, validator)
}

pub fn add(
    storage: &mut dyn Storage,
    validator: &str,
    amount: Uint128,
) -> Result<(), ContractError> {
    let booked = of(storage, validator)?;
    BOOKED.save(storage, validator, &booked.checked_add(amount)?)?;
    Ok(())
}

pub fn add_all(storage: &mut dyn Storage, stakes: &[Stake]) -> Result<(), ContractError> {
    stakes
        .iter()
        .try_for_each(|stake| add(storage, &stake.validator, stake.amount))
}

/// Takes `amount` off the books, never below nothing: rounding on the chain can leave
/// the books a unit behind a delegation until the epoch measures it again.
pub fn remove(storage: &mut dyn Storage, validator: &str, amount: Uint128) -> StdResult<()> {
    let booked = of(storage, validator)?;
    set(storage, validator, booked.saturating_sub(amount))
}

pub fn remove_all(storage: &mut dyn Storage, stakes: &[Stake]) -> StdResult<()> {
    stakes
        .iter()
        .try_for_each(|stake| remove(storage, &stake.validator, stake.amount))
}

/// A validator whose delegation the chain reports below the books.
pub struct Loss {
    pub validator: String,
    /// What the books held before.
    pub booked: Uint128,
    pub lost: Uint128,
}

/// Sets the books to the chain's `delegations` and returns each validator's loss. The
/// books hold one entry per validator the protocol has stake with.
pub fn measure(
    storage: &mut dyn Storage,
    delegations: &[(String, Uint128)],
) -> StdResult<Vec<Loss>> {
    let booked = BOOKED
        .range(storage, None, None, Order::Ascending)
        .collect::<StdResult<Vec<_>>>()?;
    let mut losses = vec![];
    for (validator, before) in booked {
        let now = delegations
            .iter()
            .find(|(v, _)| *v == validator)
            .map(|(_, amount)| *amount)
            .unwrap_or_default();
        if now < before {
            losses.push(Loss {
                validator: validator.clone(),
                booked: before,
                lost: before - now,
            });
        }
        set(storage, &validator, now)?;
    }
    for (validator, amount) in delegations {
        if !BOOKED.has(storage, validator) {
            set(storage, validator, *amount)?;
        }
    }
    Ok(losses)
}

fn set(storage: &mut dyn Storage, validator: &str, amount: Uint128) -> StdResult<()> {
    set_amount(&BOOKED, storage, validator, amount)
}
