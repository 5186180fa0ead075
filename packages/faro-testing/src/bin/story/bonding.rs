//! Chapters 1 and 2: bonding native ATOM, and bonding LSM shares.

use anyhow::{anyhow, Result};
use cosmwasm_std::Coin;
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;

use crate::cast::Story;
use crate::settled::amounts;
use crate::show::{atom, count, header, rate, short};

pub fn native(story: &mut Story, amount: u128) -> Result<()> {
    header(&format!("1. alice bonds {} ATOM", atom(amount)));
    let alice = story.alice.clone();
    let suite = &mut story.suite;
    suite.fund(&alice, amount)?;
    let bonded = suite.bond(&alice, amount)?;
    let [minted, dead] = amounts(&bonded, "bond", ["minted_shares", "dead_shares"])?;
    println!(
        "alice receives {} stATOM ({} shares minted); she holds {} stATOM",
        atom(minted),
        count(minted),
        atom(suite.heavy_balance(&alice)?),
    );
    let hub = suite.contracts.hub.clone();
    println!(
        "the first bond locks {} dead shares in the hub for good: it holds {} stATOM",
        count(dead),
        atom(suite.heavy_balance(&hub)?)
    );
    delegations(story, "delegated by weight")?;
    let state = story.suite.hub_state()?;
    println!(
        "hub: total bonded {} ATOM, stATOM supply {}, exchange rate {}",
        atom(state.books.total_bonded.u128()),
        atom(story.suite.heavy_supply()?),
        rate(state.exchange_rate),
    );
    Ok(())
}

pub fn lsm_shares(story: &mut Story, index: usize, amount: u128) -> Result<()> {
    let operator = story.operator(index).to_string();
    header("2. bob bonds LSM shares");
    let bob = story.bob.clone();
    let suite = &mut story.suite;
    suite.fund(&bob, amount)?;
    let shares = suite.tokenize_own_stake(&bob, index, amount)?;
    println!(
        "bob delegates {} ATOM to {operator} himself and tokenizes the delegation into",
        atom(amount)
    );
    println!(
        "  {} share tokens of {}, which the chain values at {} ATOM",
        count(shares.amount.u128()),
        short_denom(&shares.denom),
        atom(share_value(suite, &shares)?)
    );
    let bonded = suite.bond_coin(&bob, shares)?;
    let [redeemed, minted] = amounts(&bonded, "bond_shares_redeemed", ["amount", "minted_shares"])?;
    println!(
        "bob bonds them: the tokenizer redeems them into a delegation of {} ATOM",
        atom(redeemed)
    );
    println!(
        "  to {operator}; bob receives {} stATOM ({} shares) and holds {} stATOM",
        atom(minted),
        count(minted),
        atom(suite.heavy_balance(&bob)?),
    );
    delegations(story, "the hub's delegations")
}

/// The hub's delegation to each operator, through the tokenizer.
pub fn delegations(story: &Story, title: &str) -> Result<()> {
    let parts = (0..story.operators.len())
        .map(|index| {
            let delegated = story.suite.delegated_to(index)?;
            Ok(format!("{} {}", story.operator(index), atom(delegated)))
        })
        .collect::<Result<Vec<_>>>()?;
    println!("{title}: {} ATOM", parts.join(" · "));
    Ok(())
}

/// What the chain values `shares` (LSM share tokens) at, in uatom.
pub fn share_value(suite: &Suite, shares: &Coin) -> Result<u128> {
    let value = suite
        .app
        .share_value(&shares.denom, shares.amount)?
        .ok_or_else(|| anyhow!("the chain does not know {}", shares.denom))?;
    Ok(value.u128())
}

/// `<valoper>/<record id>` with the valoper shortened.
pub fn short_denom(denom: &str) -> String {
    match denom.split_once('/') {
        Some((valoper, id)) => format!("{}/{id}", short(valoper)),
        None => denom.to_string(),
    }
}
