//! Chapter 5: an instant exit — stATOM in, LSM shares of one operator out at once.

use anyhow::Result;

use crate::bonding::{share_value, short_denom};
use crate::cast::Story;
use crate::settled::amounts;
use crate::show::{atom, count, header, pct, rate};

pub fn tell(story: &mut Story, amount: u128, index: usize) -> Result<()> {
    let operator = story.operator(index).to_string();
    header(&format!(
        "5. bob exits {} stATOM at once into {operator}'s LSM shares",
        atom(amount)
    ));
    let bob = story.bob.clone();
    let suite = &mut story.suite;
    let rate_before = suite.hub_state()?.exchange_rate;
    let delegated_before = suite.delegated_to(index)?;
    let exited = suite.instant_exit(&bob, amount, index)?;
    let keys = ["burned_shares", "payout", "fee"];
    let [burned, payout, fee] = amounts(&exited, "instant_exit", keys)?;
    println!(
        "bob sends {} stATOM: {} shares burned, worth {} ATOM; the exit fee ({}) is {} ATOM",
        atom(amount),
        count(burned),
        atom(payout + fee),
        pct(suite.hub_config()?.fees.exit_fee),
        atom(fee),
    );
    for shares in suite.lsm_shares(&bob, index)? {
        println!(
            "bob receives {} share tokens of {} at once, which the chain values at {} ATOM",
            count(shares.amount.u128()),
            short_denom(&shares.denom),
            atom(share_value(suite, &shares)?),
        );
    }
    println!(
        "the hub's delegation to {operator}: {} → {} ATOM; bob still holds {} stATOM",
        atom(delegated_before),
        atom(suite.delegated_to(index)?),
        atom(suite.heavy_balance(&bob)?),
    );
    println!(
        "the fee stays with the holders: exchange rate {} → {}",
        rate(rate_before),
        rate(suite.hub_state()?.exchange_rate),
    );
    Ok(())
}
