//! Unbond: queue the sent shares in the open batch. Constant work per request, whatever
//! the number of requests already queued.

use cosmwasm_std::{DepsMut, Response, Uint128};
use faro_types::hub::{Batch, BatchStatus};

use crate::error::ContractError;
use crate::execute::receive::Sent;
use crate::pause::{ensure_running, Operation};
use crate::state::{BATCHES, BOOKS, UNBOND_REQUESTS};

pub fn unbond(deps: DepsMut, sent: Sent) -> Result<Response, ContractError> {
    ensure_running(deps.storage, Operation::Unbond)?;
    let batch_id = BOOKS.load(deps.storage)?.epoch;
    let mut batch = BATCHES
        .may_load(deps.storage, batch_id)?
        .unwrap_or_else(|| open_batch(batch_id));
    batch.shares = batch.shares.checked_add(sent.shares)?;
    BATCHES.save(deps.storage, batch_id, &batch)?;
    let key = (&sent.holder, batch_id);
    let queued = UNBOND_REQUESTS
        .may_load(deps.storage, key)?
        .unwrap_or_default()
        .checked_add(sent.shares)?;
    UNBOND_REQUESTS.save(deps.storage, key, &queued)?;
    Ok(Response::new()
        .add_attribute("action", "unbond")
        .add_attribute("holder", sent.holder)
        .add_attribute("amount", sent.amount)
        .add_attribute("shares", sent.shares)
        .add_attribute("batch_id", batch_id.to_string()))
}

fn open_batch(id: u64) -> Batch {
    Batch {
        id,
        status: BatchStatus::Open,
        shares: Uint128::zero(),
        expected: Uint128::zero(),
        prepaid: Uint128::zero(),
        matures_at: None,
        unclaimed_tokens: Uint128::zero(),
        unclaimed_shares: Uint128::zero(),
    }
}
