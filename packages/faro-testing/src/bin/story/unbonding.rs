//! Chapter 4: an unbonding batch from the request to the withdrawal.

use anyhow::{bail, ensure, Result};
use cosmwasm_std::Addr;
use faro_types::hub::{Batch, BatchStatus};

use crate::cast::Story;
use crate::settled::attribute;
use crate::show::{atom, change, count, days, header};

/// Epochs to wait for a batch at most: the unbonding time in epochs, and some.
const MAX_EPOCHS: usize = 12;

pub fn tell(story: &mut Story, amount: u128) -> Result<()> {
    header(&format!("4. alice unbonds {} stATOM", atom(amount)));
    let alice = story.alice.clone();
    let id = queue(story, &alice, amount)?;
    submit(story, id)?;
    mature(story, id)?;
    withdraw(story, &alice, id)
}

/// `holder` sends `amount` stATOM to the hub, which queues it in the open batch.
pub fn queue(story: &mut Story, holder: &Addr, amount: u128) -> Result<u64> {
    let sent = story.suite.unbond(holder, amount)?;
    let id: u64 = attribute(&sent, "unbond", "batch_id")?.parse()?;
    let shares: u128 = attribute(&sent, "unbond", "shares")?.parse()?;
    let batch = story.suite.batch(id)?;
    println!(
        "{} sends {} stATOM ({} shares) to the hub: queued in batch {id}, {} with {} shares",
        story.name(holder),
        atom(amount),
        count(shares),
        status(&batch),
        count(batch.shares.u128()),
    );
    Ok(id)
}

/// The next epoch submits batch `id` to the chain.
pub fn submit(story: &mut Story, id: u64) -> Result<Batch> {
    let settled = story.epoch()?;
    let batch = story.suite.batch(id)?;
    let matures_at = batch.matures_at.map_or(0, |t| t.seconds());
    let now = story.suite.app.block_info().time.seconds();
    println!(
        "epoch {} (day {}) submits it: {} shares burned for {} ATOM, unbonding",
        settled.epoch,
        story.today(),
        count(settled.batch_shares),
        atom(settled.batch_tokens),
    );
    println!(
        "  batch {id} is {}: expected {} ATOM, matures at day {} (in {})",
        status(&batch),
        atom(batch.expected.u128()),
        batch.matures_at.map_or(0, |t| story.day(t)),
        days(matures_at.saturating_sub(now)),
    );
    Ok(batch)
}

/// Epochs pass until the chain has paid batch `id` back.
pub fn mature(story: &mut Story, id: u64) -> Result<()> {
    let mut harvested = 0;
    for passed in 1..=MAX_EPOCHS {
        let settled = story.epoch()?;
        harvested += settled.rewards;
        let batch = story.suite.batch(id)?;
        if batch.status == BatchStatus::Withdrawable {
            println!(
                "{passed} epochs later (epoch {}, day {}; {} ATOM of rewards harvested meanwhile)",
                settled.epoch,
                story.today(),
                atom(harvested),
            );
            println!(
                "  the chain has paid the batch back ({} ATOM to batches): batch {id} is {}, {} \
                 ATOM unclaimed",
                atom(settled.batches_paid),
                status(&batch),
                atom(batch.unclaimed_tokens.u128()),
            );
            return Ok(());
        }
    }
    bail!("batch {id} is still not withdrawable after {MAX_EPOCHS} epochs")
}

/// `holder` withdraws their part of batch `id`.
pub fn withdraw(story: &mut Story, holder: &Addr, id: u64) -> Result<()> {
    let before = story.suite.native_balance(holder)?;
    let withdrawn = story.suite.withdraw(holder, id)?;
    let payout: u128 = attribute(&withdrawn, "withdraw", "payout")?.parse()?;
    let after = story.suite.native_balance(holder)?;
    ensure!(
        after == before + payout,
        "the hub reports a payout of {payout}, the wallet moved {before} → {after}"
    );
    println!(
        "{} withdraws from batch {id}: paid {} ATOM (wallet {} ATOM)",
        story.name(holder),
        atom(payout),
        change(before, after),
    );
    Ok(())
}

fn status(batch: &Batch) -> &'static str {
    match batch.status {
        BatchStatus::Open => "Open",
        BatchStatus::Unbonding => "Unbonding",
        BatchStatus::Withdrawable => "Withdrawable",
    }
}
