//! Chapter 6: the chain slashes one operator; the next epoch finds the loss and shares
//! it between the insurance fund, the holders and the batch still unbonding.

use anyhow::Result;
use cosmwasm_std::Decimal;
use faro_types::heavy_lst::balance_of;

use crate::cast::Story;
use crate::show::{atom, count, header, pct, percent, rate, rate_change};
use crate::unbonding;

pub fn tell(story: &mut Story, index: usize, fraction: Decimal, queued: u128) -> Result<()> {
    let operator = story.operator(index).to_string();
    header(&format!("6. {operator} is slashed {}", pct(fraction)));
    let (alice, bob) = (story.alice.clone(), story.bob.clone());
    let id = unbonding::queue(story, &bob, queued)?;
    let in_flight = unbonding::submit(story, id)?;

    let suite = &mut story.suite;
    let state = suite.hub_state()?;
    let holders_before = [suite.heavy_balance(&alice)?, suite.heavy_balance(&bob)?];
    let delegated_before = suite.delegated_to(index)?;
    suite.slash(index, fraction)?;
    println!(
        "the chain slashes {operator} {}: the hub's delegation {} → {} ATOM",
        pct(fraction),
        atom(delegated_before),
        atom(suite.delegated_to(index)?),
    );
    let fund = balance_of(state.books.insurance_shares, state.books.index)?;
    println!(
        "  insurance fund: {} shares, worth {} stATOM ({} of each fee goes to it)",
        count(state.books.insurance_shares.u128()),
        atom(fund.u128()),
        pct(suite.hub_config()?.fees.insurance_share),
    );

    let bonded = state.books.total_bonded.u128();
    let settled = story.epoch()?;
    println!(
        "epoch {} (day {}) finds it: loss {} ATOM, {} of the hub's stake",
        settled.epoch,
        story.today(),
        atom(settled.slashed),
        percent(bonded, bonded.saturating_sub(settled.slashed)),
    );
    println!(
        "  insurance covers {} ATOM ({} shares burned); the holders bear the rest",
        atom(settled.insurance_cover),
        count(settled.insurance_burned),
    );
    let suite = &story.suite;
    let after = suite.hub_state()?;
    println!(
        "  (net of the epoch's {} ATOM of rewards, which a batch in flight does not earn):",
        atom(settled.rewards)
    );
    println!(
        "  exchange rate {} → {} ({})",
        rate(state.exchange_rate),
        rate(after.exchange_rate),
        rate_change(state.exchange_rate, after.exchange_rate),
    );
    for (holder, before) in [&alice, &bob].into_iter().zip(holders_before) {
        let now = suite.heavy_balance(holder)?;
        println!(
            "  {:<5} {} → {} stATOM ({})",
            story.name(holder),
            atom(before),
            atom(now),
            percent(before, now),
        );
    }
    let batch = suite.batch(id)?;
    println!(
        "  batch {id} in flight: expected {} → {} ATOM ({})",
        atom(in_flight.expected.u128()),
        atom(batch.expected.u128()),
        percent(in_flight.expected.u128(), batch.expected.u128()),
    );
    unbonding::mature(story, id)?;
    unbonding::withdraw(story, &bob, id)
}
