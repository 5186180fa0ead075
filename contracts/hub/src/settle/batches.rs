//! Unbonding batches at the epoch: paying out the matured ones and submitting the new one.

use cosmwasm_std::{coins, BankMsg, CosmosMsg, Env, Order, Storage, Timestamp, Uint128};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::{BatchStatus, Books, Config};
use faro_types::lsm_tokenizer::Order as TokenizerOrder;

use crate::booked;
use crate::error::ContractError;
use crate::math::{mul_ratio_floor, tokens_for_shares};
use crate::stake;
use crate::state::{BATCHES, BATCH_STAKE, UNBONDING};

/// Long enough after a batch's completion for the chain to have paid it out: many blocks.
pub const PAYOUT_MARGIN: u64 = 3600;

pub struct Matured {
    /// Paid to matured batches out of what arrived.
    pub paid: Uint128,
    /// Arrived while no batch matured: back to the stakers.
    pub recovered: Uint128,
}

/// Batches whose unbonding has ended take what arrived in the tokenizer, shared pro rata
/// to what each was owed. The chain paid it for their entries, slashes and all, so it is
/// theirs in full even where the epoch misjudged a slash: a validator's fraction is
/// its loss over its books, and stake that moved there between the slash and the epoch
/// skews that either way. What arrives while no batch is due is the stakers'.
///
/// The chain pays an unbonding at the end of the first block past its completion, after
/// that block's transactions. An epoch in that very block would find nothing arrived
/// yet, so due batches wait for the next epoch unless what they are owed has arrived or
/// [`PAYOUT_MARGIN`] has passed since they came due.
#[inline(never)]
pub fn matured(
    storage: &mut dyn Storage,
    now: Timestamp,
    arrived: Uint128,
    books: &mut Books,
) -> Result<Matured, ContractError> {
    let ids = UNBONDING
        .keys(storage, None, None, Order::Ascending)
        .collect::<Result<Vec<_>, _>>()?;
    let mut matured = vec![];
    for id in ids {
        let batch = BATCHES.load(storage, id)?;
        if batch.matures_at.is_some_and(|at| at <= now) {
            matured.push(batch);
        } else {
            break;
        }
    }
    let owed = matured.iter().try_fold(Uint128::zero(), |sum, batch| {
        sum.checked_add(batch.expected.checked_sub(batch.prepaid)?)
    })?;
    if matured.is_empty() {
        return Ok(Matured {
            paid: Uint128::zero(),
            recovered: arrived,
        });
    }
    let long_due = matured.iter().all(|batch| {
        batch
            .matures_at
            .is_some_and(|at| at.plus_seconds(PAYOUT_MARGIN) <= now)
    });
    if arrived < owed && !long_due {
        return Ok(Matured {
            paid: Uint128::zero(),
            recovered: Uint128::zero(),
        });
    }
    let paid = arrived;
    let mut given = Uint128::zero();
    let last = matured.len().saturating_sub(1);
    for (position, mut batch) in matured.into_iter().enumerate() {
        let exposed = batch.expected.checked_sub(batch.prepaid)?;
        let share = if position == last {
            paid.checked_sub(given)?
        } else if owed.is_zero() {
            Uint128::zero()
        } else {
            mul_ratio_floor(exposed, paid, owed)?
        };
        given = given.checked_add(share)?;
        batch.status = BatchStatus::Withdrawable;
        batch.unclaimed_tokens = batch.prepaid.checked_add(share)?;
        UNBONDING.remove(storage, batch.id);
        forget_stake(storage, batch.id)?;
        BATCHES.save(storage, batch.id, &batch)?;
    }
    books.reserved = books.reserved.checked_add(paid)?;
    Ok(Matured {
        paid,
        recovered: arrived.checked_sub(paid)?,
    })
}

#[derive(Default)]
pub struct Submitted {
    pub shares: Uint128,
    pub tokens: Uint128,
    pub messages: Vec<CosmosMsg>,
}

/// Prices the epoch's batch at the settled books, burns its shares and unbonds its stake:
/// pending coins first (prepaid, moved to the tokenizer), then delegations pro rata.
#[inline(never)]
pub fn submit(
    storage: &mut dyn Storage,
    env: &Env,
    config: &Config,
    books: &mut Books,
    delegations: &[(String, Uint128)],
    total_shares: Uint128,
) -> Result<Submitted, ContractError> {
    let mut submitted = Submitted::default();
    let Some(mut batch) = BATCHES.may_load(storage, books.epoch)? else {
        return Ok(submitted);
    };
    let tokens = tokens_for_shares(batch.shares, books.backing()?, total_shares)?;
    let prepaid = books.pending.min(tokens);
    let undelegated = tokens.checked_sub(prepaid)?;
    books.pending = books.pending.checked_sub(prepaid)?;
    books.reserved = books.reserved.checked_add(prepaid)?;
    books.total_bonded = books.total_bonded.checked_sub(undelegated)?;

    submitted
        .messages
        .push(HeavyLstContract(config.heavy_lst.clone()).burn_shares_msg(batch.shares)?);
    if !prepaid.is_zero() {
        submitted.messages.push(
            BankMsg::Send {
                to_address: config.tokenizer.to_string(),
                amount: coins(prepaid.u128(), &config.denom),
            }
            .into(),
        );
    }
    if !undelegated.is_zero() {
        let undelegations = stake::pro_rata(delegations, undelegated)?;
        booked::remove_all(storage, &undelegations)?;
        for part in &undelegations {
            BATCH_STAKE.save(storage, (batch.id, &part.validator), &part.amount)?;
        }
        submitted.messages.push(
            stake::tokenizer(config)
                .order(&TokenizerOrder::Undelegate { undelegations }, vec![])?,
        );
    }

    batch.status = BatchStatus::Unbonding;
    batch.expected = tokens;
    batch.prepaid = prepaid;
    batch.matures_at = Some(env.block.time.plus_seconds(config.unbonding_period));
    batch.unclaimed_shares = batch.shares;
    BATCHES.save(storage, batch.id, &batch)?;
    UNBONDING.save(storage, batch.id, &())?;
    submitted.shares = batch.shares;
    submitted.tokens = tokens;
    Ok(submitted)
}

/// A matured batch's stake per validator is no longer needed.
fn forget_stake(storage: &mut dyn Storage, id: u64) -> Result<(), ContractError> {
    let validators = BATCH_STAKE
        .prefix(id)
        .keys(storage, None, None, Order::Ascending)
        .collect::<Result<Vec<_>, _>>()?;
    for validator in validators {
        BATCH_STAKE.remove(storage, (id, &validator));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use cosmwasm_std::testing::MockStorage;
    use cosmwasm_std::{Decimal256, Timestamp, Uint128};
    use faro_types::hub::{Batch, BatchStatus, Books};

    use super::{matured, PAYOUT_MARGIN};
    use crate::state::{BATCHES, UNBONDING};

    const DUE: Timestamp = Timestamp::from_seconds(1_000_000);

    fn unbonding(storage: &mut MockStorage, expected: u128) -> Books {
        let batch = Batch {
            id: 1,
            status: BatchStatus::Unbonding,
            shares: Uint128::new(expected),
            expected: Uint128::new(expected),
            prepaid: Uint128::zero(),
            matures_at: Some(DUE),
            unclaimed_tokens: Uint128::zero(),
            unclaimed_shares: Uint128::new(expected),
        };
        BATCHES.save(storage, 1, &batch).unwrap();
        UNBONDING.save(storage, 1, &()).unwrap();
        Books {
            total_bonded: Uint128::zero(),
            pending: Uint128::zero(),
            index: Decimal256::one(),
            epoch: 9,
            next_epoch_at: DUE,
            insurance_shares: Uint128::zero(),
            light_pool: Uint128::zero(),
            reserved: Uint128::zero(),
        }
    }

    /// The epoch shares a block with the payout: nothing has arrived yet, so the batch
    /// waits rather than being settled empty, and nothing goes to the stakers.
    #[test]
    fn a_due_batch_waits_for_its_coins() {
        let mut storage = MockStorage::new();
        let mut books = unbonding(&mut storage, 500);
        let outcome = matured(&mut storage, DUE, Uint128::zero(), &mut books).unwrap();
        assert_eq!(
            (outcome.paid, outcome.recovered),
            (Uint128::zero(), Uint128::zero())
        );
        assert_eq!(
            BATCHES.load(&storage, 1).unwrap().status,
            BatchStatus::Unbonding
        );

        let outcome = matured(&mut storage, DUE, Uint128::new(500), &mut books).unwrap();
        assert_eq!(outcome.paid, Uint128::new(500));
        let batch = BATCHES.load(&storage, 1).unwrap();
        assert_eq!(batch.status, BatchStatus::Withdrawable);
        assert_eq!(batch.unclaimed_tokens, Uint128::new(500));
        assert_eq!(books.reserved, Uint128::new(500));
    }

    /// A slashed batch gets less than it expected; once the chain has surely paid, it
    /// takes what arrived.
    #[test]
    fn a_short_batch_settles_once_the_chain_has_surely_paid() {
        let mut storage = MockStorage::new();
        let mut books = unbonding(&mut storage, 500);
        let soon = DUE.plus_seconds(60);
        let outcome = matured(&mut storage, soon, Uint128::new(450), &mut books).unwrap();
        assert_eq!(outcome.paid, Uint128::zero());
        let later = DUE.plus_seconds(PAYOUT_MARGIN);
        let outcome = matured(&mut storage, later, Uint128::new(450), &mut books).unwrap();
        assert_eq!(
            (outcome.paid, outcome.recovered),
            (Uint128::new(450), Uint128::zero())
        );
        assert_eq!(
            BATCHES.load(&storage, 1).unwrap().unclaimed_tokens,
            Uint128::new(450)
        );
    }
}
