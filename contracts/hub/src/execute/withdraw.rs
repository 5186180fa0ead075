//! Withdraw: pay a holder's part of a batch the chain has paid out.

use cosmwasm_std::{DepsMut, MessageInfo, Response};
use cw_utils::nonpayable;
use faro_types::hub::BatchStatus;
use faro_types::lsm_tokenizer::Order;

use crate::error::ContractError;
use crate::math::mul_ratio_floor;
use crate::pause::{ensure_running, Operation};
use crate::stake;
use crate::state::{BATCHES, BOOKS, CONFIG, UNBOND_REQUESTS};

pub fn withdraw(
    deps: DepsMut,
    info: MessageInfo,
    batch_id: u64,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_running(deps.storage, Operation::Withdraw)?;
    let mut batch = BATCHES
        .may_load(deps.storage, batch_id)?
        .ok_or(ContractError::BatchNotFound { id: batch_id })?;
    if batch.status != BatchStatus::Withdrawable {
        return Err(ContractError::BatchNotWithdrawable { id: batch_id });
    }
    let key = (&info.sender, batch_id);
    let shares = UNBOND_REQUESTS
        .may_load(deps.storage, key)?
        .ok_or(ContractError::NoUnbondRequest { batch_id })?;
    // Pro rata to what is left, so the last holder to withdraw takes the remainder.
    let payout = mul_ratio_floor(batch.unclaimed_tokens, shares, batch.unclaimed_shares)?;
    batch.unclaimed_tokens = batch.unclaimed_tokens.checked_sub(payout)?;
    batch.unclaimed_shares = batch.unclaimed_shares.checked_sub(shares)?;
    BATCHES.save(deps.storage, batch_id, &batch)?;
    UNBOND_REQUESTS.remove(deps.storage, key);
    let mut books = BOOKS.load(deps.storage)?;
    books.reserved = books.reserved.checked_sub(payout)?;
    BOOKS.save(deps.storage, &books)?;

    let mut response = Response::new()
        .add_attribute("action", "withdraw")
        .add_attribute("holder", &info.sender)
        .add_attribute("batch_id", batch_id.to_string())
        .add_attribute("shares", shares)
        .add_attribute("payout", payout);
    if !payout.is_zero() {
        let config = CONFIG.load(deps.storage)?;
        let pay = Order::Pay {
            recipient: info.sender.into_string(),
            amount: payout,
        };
        response = response.add_message(stake::tokenizer(&config).order(&pay, vec![])?);
    }
    Ok(response)
}
