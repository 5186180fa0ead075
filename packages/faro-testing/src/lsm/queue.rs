//! The end blocker: completes unbonding entries (paying their balance to the delegator)
//! and redelegation entries whose completion time has come. cw-multi-test runs it on
//! every `App::update_block` / `App::set_block`.

use anyhow::Result as AnyResult;
use cosmwasm_std::{Addr, Coin, Event, Storage, Uint128};

use super::keeper::Ctx;
use super::state::{load_params, REDELEGATIONS, UNBONDING};

pub fn process_queue(ctx: &Ctx, storage: &mut dyn Storage) -> AnyResult<Vec<Event>> {
    // A chain without genesis (the Suite before setup) has nothing to do.
    let Ok(params) = load_params(storage) else {
        return Ok(vec![]);
    };
    let now = ctx.block().time;
    let mut events = vec![];
    for (key, entries) in UNBONDING.range(storage, &[])? {
        let (mature, pending): (Vec<_>, Vec<_>) =
            entries.into_iter().partition(|e| e.completion_time <= now);
        if mature.is_empty() {
            continue;
        }
        let key = [key[0].as_str(), key[1].as_str()];
        if pending.is_empty() {
            UNBONDING.remove(storage, &key);
        } else {
            UNBONDING.save(storage, &key, &pending)?;
        }
        let amount: Uint128 = mature.iter().map(|e| e.balance).sum();
        let delegator = Addr::unchecked(key[0]);
        if !amount.is_zero() {
            let coin = Coin::new(amount, &params.bond_denom);
            ctx.send(storage, &ctx.pool()?, &delegator, coin)?;
        }
        events.push(
            Event::new("complete_unbonding")
                .add_attribute("amount", amount.to_string())
                .add_attribute("validator", key[1])
                .add_attribute("delegator", key[0]),
        );
    }
    for (key, entries) in REDELEGATIONS.range(storage, &[])? {
        let pending: Vec<_> = entries
            .iter()
            .filter(|e| e.completion_time > now)
            .cloned()
            .collect();
        if pending.len() == entries.len() {
            continue;
        }
        let key = [key[0].as_str(), key[1].as_str(), key[2].as_str()];
        if pending.is_empty() {
            REDELEGATIONS.remove(storage, &key);
        } else {
            REDELEGATIONS.save(storage, &key, &pending)?;
        }
        events.push(
            Event::new("complete_redelegation")
                .add_attribute("delegator", key[0])
                .add_attribute("source_validator", key[1])
                .add_attribute("destination_validator", key[2]),
        );
    }
    Ok(events)
}
