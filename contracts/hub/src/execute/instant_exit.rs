//! Instant exit: burn the sent heavy LST and hand the holder LSM shares of one
//! validator at once, worth the LST less the exit fee; the fee stays with the stakers.

use cosmwasm_std::{DepsMut, Response};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::Config;
use faro_types::lsm_tokenizer::Order;

use crate::booked;
use crate::error::ContractError;
use crate::execute::receive::Sent;
use crate::math::tokens_for_shares;
use crate::pause::{ensure_running, Operation};
use crate::stake;
use crate::state::BOOKS;

pub fn instant_exit(
    deps: DepsMut,
    config: Config,
    sent: Sent,
    validator: String,
) -> Result<Response, ContractError> {
    ensure_running(deps.storage, Operation::InstantExit)?;
    let heavy = HeavyLstContract(config.heavy_lst.clone());
    let mut books = BOOKS.load(deps.storage)?;
    let total_shares = heavy.total_shares(&deps.querier)?;
    let value = tokens_for_shares(sent.shares, books.backing()?, total_shares)?;
    let fee = value.mul_ceil(config.fees.exit_fee);
    let payout = value.checked_sub(fee)?;
    if payout.is_zero() {
        return Err(ContractError::ExitTooSmall {
            amount: sent.amount,
        });
    }
    let available = stake::delegation(&deps.querier, &config.tokenizer, &validator)?;
    if available < payout {
        return Err(ContractError::InsufficientDelegation {
            validator,
            available,
            needed: payout,
        });
    }
    books.total_bonded = books.total_bonded.checked_sub(payout)?;
    booked::remove(deps.storage, &validator, payout)?;
    BOOKS.save(deps.storage, &books)?;
    let tokenize = Order::Tokenize {
        validator: validator.clone(),
        amount: payout,
        owner: sent.holder.to_string(),
    };
    Ok(Response::new()
        .add_message(heavy.burn_shares_msg(sent.shares)?)
        .add_message(stake::tokenizer(&config).order(&tokenize, vec![])?)
        .add_attribute("action", "instant_exit")
        .add_attribute("holder", sent.holder)
        .add_attribute("amount", sent.amount)
        .add_attribute("burned_shares", sent.shares)
        .add_attribute("validator", validator)
        .add_attribute("payout", payout)
        .add_attribute("fee", fee))
}
