//! Restaking at the epoch: the hub's pending coins and stake that came back to the
//! tokenizer with no batch to take it go to the operators by weight, within their caps.
//! What finds no room waits in the hub as pending; none of it is left in the tokenizer,
//! where the next epoch would count it again as arrived.

use cosmwasm_std::{CosmosMsg, Env, Storage, Uint128};
use faro_types::hub::{Books, Config};
use faro_types::lsm_tokenizer::{Order, Stake};
use faro_types::operator_registry::HeavyWeight;

use crate::booked;
use crate::error::ContractError;
use crate::stake;

pub struct Restaked {
    pub placed: Uint128,
    pub stakes: Vec<Stake>,
    pub messages: Vec<CosmosMsg>,
}

#[inline(never)]
pub fn restake(
    storage: &mut dyn Storage,
    env: &Env,
    config: &Config,
    operators: &[HeavyWeight],
    books: &mut Books,
    recovered: Uint128,
) -> Result<Restaked, ContractError> {
    let to_delegate = books.pending.checked_add(recovered)?;
    let routed = stake::route(storage, operators, to_delegate)?;
    // The hub's coins go first; the tokenizer adds what the parts need beyond them.
    let from_hub = routed.placed.min(books.pending);
    let from_tokenizer = routed.placed.checked_sub(from_hub)?;
    let left_in_tokenizer = recovered.checked_sub(from_tokenizer)?;
    let mut messages = vec![];
    if !routed.placed.is_zero() {
        booked::add_all(storage, &routed.stakes)?;
        messages.push(stake::delegate_msg(
            config,
            routed.stakes.clone(),
            from_hub,
        )?);
    }
    if !left_in_tokenizer.is_zero() {
        let pay = Order::Pay {
            recipient: env.contract.address.to_string(),
            amount: left_in_tokenizer,
        };
        messages.push(stake::tokenizer(config).order(&pay, vec![])?);
    }
    books.pending = books
        .pending
        .checked_sub(from_hub)?
        .checked_add(left_in_tokenizer)?;
    books.total_bonded = books.total_bonded.checked_add(routed.placed)?;
    Ok(Restaked {
        placed: routed.placed,
        stakes: routed.stakes,
        messages,
    })
}
