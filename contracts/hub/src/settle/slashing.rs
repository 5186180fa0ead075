//! A slash shows at the epoch as a validator's delegation worth less than the books say.
//! The insurance fund pays first, by burning its shares; each batch still unbonding loses
//! the same fraction of what it unbonds from that validator, as the chain slashes the
//! unbonding entries too; the heavy index takes the rest.

use cosmwasm_std::{Order, Storage, Uint128};
use faro_types::hub::Books;

use crate::booked::Loss;
use crate::error::ContractError;
use crate::math::{mul_ratio_floor, shares_for_value_ceil, tokens_for_shares};
use crate::state::{BATCHES, BATCH_STAKE, UNBONDING};

#[derive(Default)]
pub struct Slash {
    pub loss: Uint128,
    /// Of the loss, what the insurance fund covered.
    pub covered: Uint128,
    /// Insurance shares burned to cover it.
    pub burned: Uint128,
}

#[inline(never)]
pub fn settle(
    storage: &mut dyn Storage,
    books: &mut Books,
    losses: &[Loss],
    total_shares: Uint128,
) -> Result<Slash, ContractError> {
    let loss = losses
        .iter()
        .try_fold(Uint128::zero(), |sum, loss| sum.checked_add(loss.lost))?;
    if loss.is_zero() {
        return Ok(Slash::default());
    }
    let in_flight = UNBONDING
        .keys(storage, None, None, Order::Ascending)
        .collect::<Result<Vec<_>, _>>()?;
    for id in in_flight {
        let mut batch = BATCHES.load(storage, id)?;
        for slashed in losses {
            let key = (id, slashed.validator.as_str());
            let Some(unbonding) = BATCH_STAKE.may_load(storage, key)? else {
                continue;
            };
            let cut = mul_ratio_floor(unbonding, slashed.lost, slashed.booked)?;
            BATCH_STAKE.save(storage, key, &unbonding.checked_sub(cut)?)?;
            batch.expected = batch.expected.checked_sub(cut)?;
        }
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
