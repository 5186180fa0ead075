//! Unbonding batches at the epoch: paying out the matured ones and submitting the new one.

use cosmwasm_std::{coins, BankMsg, CosmosMsg, Env, Order, Storage, Timestamp, Uint128};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::{BatchStatus, Config};
use faro_types::lsm_tokenizer::Order as TokenizerOrder;

use crate::booked;
use crate::error::ContractError;
use crate::math::{mul_ratio_floor, tokens_for_shares};
use crate::stake;
use crate::state::{Books, BATCHES, BATCH_STAKE, UNBONDING};

pub struct Matured {
    /// Paid to matured batches out of what arrived.
    pub paid: Uint128,
    /// Arrived beyond what the matured batches were owed: back to the stakers.
    pub recovered: Uint128,
}

/// Batches whose unbonding has ended share what arrived in the tokenizer, pro rata to
/// what each was owed and never more; any shortfall is a slash of unbonding stake.
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
    let paid = arrived.min(owed);
    let mut given = Uint128::zero();
    let last = matured.len().saturating_sub(1);
    for (position, mut batch) in matured.into_iter().enumerate() {
        let exposed = batch.expected.checked_sub(batch.prepaid)?;
        let share = if position == last {
            paid.checked_sub(given)?
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

pub struct Submitted {
    pub shares: Uint128,
    pub tokens: Uint128,
    pub messages: Vec<CosmosMsg>,
}

/// Prices the epoch's batch at the settled books, burns its shares and unbonds its stake:
/// pending coins first (prepaid, moved to the tokenizer), then delegations pro rata.
pub fn submit(
    storage: &mut dyn Storage,
    env: &Env,
    config: &Config,
    books: &mut Books,
    delegations: &[(String, Uint128)],
    total_shares: Uint128,
) -> Result<Submitted, ContractError> {
    let mut submitted = Submitted {
        shares: Uint128::zero(),
        tokens: Uint128::zero(),
        messages: vec![],
    };
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
