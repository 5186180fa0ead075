//! Settling an epoch, once the tokenizer has withdrawn every reward to the hub. In order:
//!
//! 1. batches whose unbonding ended get what the chain paid back ([`batches::matured`]);
//! 2. a slash shows as delegations below the books: the insurance fund covers it first,
//!    in-flight batches bear their part, the index the rest ([`slashing::settle`]);
//! 3. rewards (the hub's whole balance beyond what it holds for others) are split: α to
//!    the light pool, paid out to the light LSTs ([`light`]), the rest restaked by weight
//!    within the operators' caps ([`restake`]), the fee minted as shares ([`fees`]);
//! 4. the epoch's batch is priced, its shares burned and its stake unbonded
//!    ([`batches::submit`]);
//! 5. the heavy LST gets the new index, and the next epoch opens;
//! 6. the oracle, if the owner named one, broadcasts the index with the settled epoch,
//!    last, once the heavy LST has it; a failure there is only noted ([`crate::reply`]).
//!
//! The work is bounded by the operator set (≤ 100) and the batches in flight (≤ 8).

mod batches;
mod fees;
mod light;
mod restake;
mod slashing;

use cosmwasm_std::{DepsMut, Env, Response, SubMsg};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::oracle::OracleContract;

use crate::booked;
use crate::error::ContractError;
use crate::math::{index, split_rewards};
use crate::reply::RATE_BROADCAST_REPLY;
use crate::stake;
use crate::state::{BOOKS, CONFIG};

pub fn settle_epoch(deps: DepsMut, env: Env) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let mut books = BOOKS.load(deps.storage)?;
    let heavy = HeavyLstContract(config.heavy_lst.clone());
    let now = env.block.time;
    let mut delegations = stake::delegations(&deps.querier, &config.tokenizer)?;
    let delegated = stake::total(&delegations)?;
    let mut total_shares = heavy.total_shares(&deps.querier)?;
    let mut response = Response::new().add_attribute("action", "settle_epoch");

    // 1. Unbonded stake in the tokenizer beyond what batches already own arrived since.
    let tokenizer_balance = deps
        .querier
        .query_balance(&config.tokenizer, &config.denom)?
        .amount;
    let arrived = tokenizer_balance.saturating_sub(books.reserved);
    let matured = batches::matured(deps.storage, now, arrived, &mut books)?;

    // 2. Slashing, validator by validator.
    let losses = booked::measure(deps.storage, &delegations)?;
    let slash = slashing::settle(deps.storage, &mut books, &losses, total_shares)?;
    if !slash.burned.is_zero() {
        total_shares = total_shares.checked_sub(slash.burned)?;
        response = response.add_message(heavy.burn_shares_msg(slash.burned)?);
    }
    books.total_bonded = delegated;

    // 3. Rewards: everything the hub holds beyond the light pool and pending bonds.
    let hub_balance = deps
        .querier
        .query_balance(&env.contract.address, &config.denom)?
        .amount;
    let owed = books.light_pool.checked_add(books.pending)?;
    let rewards = hub_balance
        .checked_sub(owed)
        .map_err(|_| ContractError::Underfunded {
            balance: hub_balance,
            owed,
        })?;
    let split = split_rewards(rewards, &config.fees, config.light_budget)?;
    books.light_pool = books.light_pool.checked_add(split.light)?;
    books.pending = books.pending.checked_add(split.restaked)?;

    // Restake the pending coins and what came back with no batch to take it; pay the
    // light budget.
    let operators = stake::operators(&deps.querier, &config)?;
    let restaked = restake::restake(
        deps.storage,
        &env,
        &config,
        &operators,
        &mut books,
        matured.recovered,
    )?;
    stake::add(&mut delegations, &restaked.stakes)?;
    response = response.add_messages(restaked.messages);
    let light = light::pay(&deps.querier, &config, &mut books)?;
    response = response.add_submessages(light.messages);

    // The fee, minted against the backing that now includes the restaked rewards.
    let minted = fees::mint(
        &env,
        &config,
        &split,
        &operators,
        &delegations,
        books.backing()?,
        total_shares,
    )?;
    total_shares = total_shares.checked_add(minted.total)?;
    books.insurance_shares = books.insurance_shares.checked_add(minted.insurance)?;
    response = response.add_messages(minted.messages);

    // 4. The epoch's unbonding batch.
    let submitted = batches::submit(
        deps.storage,
        &env,
        &config,
        &mut books,
        &delegations,
        total_shares,
    )?;
    total_shares = total_shares.checked_sub(submitted.shares)?;
    response = response.add_messages(submitted.messages);

    // 5. The new index; the next epoch.
    if !total_shares.is_zero() {
        let new_index = index(books.backing()?, total_shares)?;
        if !new_index.is_zero() {
            books.index = new_index;
            response = response.add_message(heavy.set_index_msg(new_index)?);
        }
    }
    let settled_epoch = books.epoch;
    books.epoch += 1;
    books.next_epoch_at = now.plus_seconds(config.epoch_period);
    BOOKS.save(deps.storage, &books)?;

    // 6. The rate out.
    if let Some(oracle) = config.oracle {
        let broadcast = OracleContract(oracle).broadcast_rate_msg()?;
        response = response.add_submessage(SubMsg::reply_on_error(broadcast, RATE_BROADCAST_REPLY));
    }

    Ok(response
        .add_attribute("epoch", settled_epoch.to_string())
        .add_attribute("rewards", rewards)
        .add_attribute("light", split.light)
        .add_attribute("fee", split.fee)
        .add_attribute("fee_shares", minted.total)
        .add_attribute("restaked", restaked.placed)
        .add_attribute("light_paid", light.paid)
        .add_attribute("light_pool", books.light_pool)
        .add_attribute("slashed", slash.loss)
        .add_attribute("insurance_cover", slash.covered)
        .add_attribute("insurance_burned", slash.burned)
        .add_attribute("batches_paid", matured.paid)
        .add_attribute("batch_shares", submitted.shares)
        .add_attribute("batch_tokens", submitted.tokens)
        .add_attribute("total_bonded", books.total_bonded)
        .add_attribute("pending", books.pending)
        .add_attribute("index", books.index.to_string()))
}
