//! What an epoch settled, read from the hub's `settle_epoch` attributes.

use anyhow::{anyhow, Context, Result};
use cosmwasm_std::{Decimal256, Event};
use cw_multi_test::AppResponse;

/// The figures of one `settle_epoch`, in base units.
pub struct Settled {
    pub epoch: u64,
    pub rewards: u128,
    pub light: u128,
    /// Paid from the light pool to the light LSTs.
    pub light_paid: u128,
    pub fee: u128,
    pub fee_shares: u128,
    pub restaked: u128,
    pub slashed: u128,
    pub insurance_cover: u128,
    pub insurance_burned: u128,
    pub batches_paid: u128,
    pub batch_shares: u128,
    pub batch_tokens: u128,
    pub total_bonded: u128,
    pub pending: u128,
    pub index: Decimal256,
}

impl Settled {
    pub fn from_response(response: &AppResponse) -> Result<Settled> {
        let event = action_event(response, "settle_epoch")?;
        let amount = |key: &str| -> Result<u128> {
            value(event, key)?
                .parse()
                .with_context(|| format!("settle_epoch attribute {key}"))
        };
        Ok(Settled {
            epoch: value(event, "epoch")?.parse()?,
            rewards: amount("rewards")?,
            light: amount("light")?,
            light_paid: amount("light_paid")?,
            fee: amount("fee")?,
            fee_shares: amount("fee_shares")?,
            restaked: amount("restaked")?,
            slashed: amount("slashed")?,
            insurance_cover: amount("insurance_cover")?,
            insurance_burned: amount("insurance_burned")?,
            batches_paid: amount("batches_paid")?,
            batch_shares: amount("batch_shares")?,
            batch_tokens: amount("batch_tokens")?,
            total_bonded: amount("total_bonded")?,
            pending: amount("pending")?,
            index: value(event, "index")?.parse()?,
        })
    }
}

/// The first event of `response` with `action = <action>`.
fn action_event<'a>(response: &'a AppResponse, action: &str) -> Result<&'a Event> {
    response
        .events
        .iter()
        .find(|e| {
            e.attributes
                .iter()
                .any(|a| a.key == "action" && a.value == action)
        })
        .ok_or_else(|| anyhow!("no {action} event"))
}

/// The value of attribute `key` of `event`.
fn value<'a>(event: &'a Event, key: &str) -> Result<&'a str> {
    event
        .attributes
        .iter()
        .find(|a| a.key == key)
        .map(|a| a.value.as_str())
        .ok_or_else(|| anyhow!("no attribute {key} in {}", event.ty))
}

/// The amounts under `keys` in the first event of `response` with `action = <action>`.
pub fn amounts<const N: usize>(
    response: &AppResponse,
    action: &str,
    keys: [&str; N],
) -> Result<[u128; N]> {
    let event = action_event(response, action)?;
    let mut amounts = [0; N];
    for (amount, key) in amounts.iter_mut().zip(keys) {
        *amount = value(event, key)?
            .parse()
            .with_context(|| format!("{action} attribute {key}"))?;
    }
    Ok(amounts)
}

/// The value of attribute `key` in the first event of `response` with
/// `action = <action>`.
pub fn attribute<'a>(response: &'a AppResponse, action: &str, key: &str) -> Result<&'a str> {
    value(action_event(response, action)?, key)
}
