//! Chapter 3: epochs with staking rewards — the harvest, the light budget, the fee
//! minted as shares, and holders' balances rebasing up.

use anyhow::{ensure, Result};
use faro_types::heavy_lst::balance_of;

use crate::cast::Story;
use crate::show::{atom, change, count, header, rate};

pub fn tell(story: &mut Story, epochs: usize) -> Result<()> {
    header(&format!("3. {epochs} epochs of staking rewards"));
    for _ in 0..epochs {
        one(story)?;
    }
    Ok(())
}

/// Advances one epoch and tells what it settled.
fn one(story: &mut Story) -> Result<()> {
    let recipients = story.fee_recipients();
    let alice = story.alice.clone();
    let fee_shares_before = recipients
        .iter()
        .map(|(_, addr)| story.suite.heavy_shares(addr))
        .collect::<Result<Vec<_>>>()?;
    let alice_before = story.suite.heavy_balance(&alice)?;

    let settled = story.epoch()?;
    let state = story.suite.hub_state()?;
    println!(
        "epoch {} (day {}): rewards {} ATOM harvested → light {} · fee {} · restaked {}",
        settled.epoch,
        story.today(),
        atom(settled.rewards),
        atom(settled.light),
        atom(settled.fee),
        atom(settled.restaked),
    );
    let mut minted = vec![];
    let mut total = 0;
    for ((name, addr), before) in recipients.iter().zip(fee_shares_before) {
        let shares = story.suite.heavy_shares(addr)?.saturating_sub(before);
        total += shares;
        let worth = balance_of(shares.into(), settled.index)?.u128();
        minted.push(format!("{name} {}", atom(worth)));
    }
    ensure!(
        total == settled.fee_shares,
        "the recipients got {total} fee shares, the hub says {}",
        settled.fee_shares
    );
    let (operators, funds) = minted.split_at(story.operators.len());
    println!(
        "  fee minted as {} new shares, in stATOM: {}",
        count(settled.fee_shares),
        operators.join(" · ")
    );
    println!("    and {}", funds.join(" · "));
    let alice_after = story.suite.heavy_balance(&alice)?;
    println!(
        "  light pool {} ATOM · bonded {} · pending {} · rate {} · index {}",
        atom(state.books.light_pool.u128()),
        atom(settled.total_bonded),
        atom(settled.pending),
        rate(state.exchange_rate),
        rate(settled.index),
    );
    println!(
        "  alice {} stATOM ({})",
        atom(alice_after),
        change(alice_before, alice_after)
    );
    Ok(())
}
