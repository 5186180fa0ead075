//! A slash shows at the epoch as delegations worth less than the books say. The
//! insurance fund pays first, by burning its shares; batches still unbonding lose the
//! same fraction of their unbonding stake, as the chain slashes unbonding entries too;
//! the heavy index takes the rest.

use cosmwasm_std::{Order, Storage, Uint128};

use crate::error::ContractError;
use crate::math::{mul_ratio_floor, shares_for_value_ceil, tokens_for_shares};
use crate::state::{Books, BATCHES, UNBONDING};

#[derive(Default)]
pub struct Slash {
    pub loss: Uint128,
    /// Of the loss, what the insurance fund covered.
    pub covered: Uint128,
    /// Insurance shares burned to cover it.
    pub burned: Uint128,
}

pub fn settle(
    storage: &mut dyn Storage,
    books: &mut Books,
    delegated: Uint128,
    total_shares: Uint128,
) -> Result<Slash, ContractError> {
    let loss = books.total_bonded.saturating_sub(delegated);
    if loss.is_zero() {
        return Ok(Slash::default());
    }
    let in_flight = UNBONDING
        .keys(storage, None, None, Order::Ascending)
        .collect::<Result<Vec<_>, _>>()?;
    for id in in_flight {
        let mut batch = BATCHES.load(storage, id)?;
        let exposed = batch.expected.checked_sub(batch.prepaid)?;
        let cut = mul_ratio_floor(exposed, loss, books.total_bonded)?;
        batch.expected = batch.expected.checked_sub(cut)?;
        BATCHES.save(storage, id, &batch)?;
    }

    let backing = books.backing()?;
    let fund = tokens_for_shares(books.insurance_shares, backing, total_shares)?;
    let covered = loss.min(fund);
    let burned = if covered.is_zero() {
        Uint128::zero()
    } else {
        shares_for_value_ceil(covered, backing, total_shares)?.min(books.insurance_shares)
    };
    books.insurance_shares = books.insurance_shares.checked_sub(burned)?;
    Ok(Slash {
        loss,
        covered,
        burned,
    })
}
