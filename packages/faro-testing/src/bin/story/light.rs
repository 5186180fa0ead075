//! Chapter 7: light staking. Two operators with different commissions and different
//! service: their light LSTs diverge, one is penalised from its bond, and every holder
//! withdraws at least what it put in.

use anyhow::{ensure, Result};
use cosmwasm_std::{coin, Decimal};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::lsm::LsmChain;
use faro_testing::suite::validator_name;
use faro_types::light_lst::{self, COMMISSION_DELAY};

use crate::cast::Story;
use crate::show::{atom, change, header, pct};

/// Operator 0 keeps its commission; operator 1 cuts its own, serves the rollup less well
/// and is penalised from the `bond` it posts.
pub fn tell(story: &mut Story, deposit: u128, bond: u128, penalty: u128) -> Result<()> {
    header("7. Light staking: one token per operator, never slashed");
    let (alice, bob) = (story.alice.clone(), story.bob.clone());
    let (first, second) = (story.operator(0).to_string(), story.operator(1).to_string());
    let suite = &mut story.suite;
    suite.fund(&account(&validator_name(1)), bond)?;
    suite.post_bond(1, bond)?;
    suite.set_light_commission(1, Decimal::percent(2))?;
    let pending = suite.light_state(1)?.pending_commission;
    println!(
        "{second} posts a bond of {} ATOM and proposes a light commission of {}, visible \
         until it applies {} h later",
        atom(bond),
        pending.map_or("none".to_string(), |p| pct(p.commission)),
        COMMISSION_DELAY / 3600,
    );
    suite.app.advance(COMMISSION_DELAY);
    for (holder, index) in [(&alice, 0), (&bob, 1)] {
        suite.fund(holder, deposit)?;
        suite.light_deposit(holder, index, deposit)?;
    }
    println!(
        "alice deposits {} ATOM with {first} (lightATOM-{first}), bob the same with {second}",
        atom(deposit)
    );

    for _ in 0..2 {
        let settled = story.epoch()?;
        println!(
            "epoch {}: the light pool pays {} ATOM to the light LSTs by their deposits \
             (this epoch's budget: {} ATOM)",
            settled.epoch,
            atom(settled.light_paid),
            atom(settled.light)
        );
    }
    // The rollup pays operator 0 for its light service; the oracle will report this.
    let rollup = account("rollup");
    let suite = &mut story.suite;
    suite.fund(&rollup, deposit / 100)?;
    let light = suite.light_lst(0);
    suite.app.execute_contract(
        rollup,
        light,
        &light_lst::ExecuteMsg::Reward {},
        &[coin(deposit / 100, DENOM)],
    )?;
    println!(
        "the rollup pays {first}'s light service {} ATOM",
        atom(deposit / 100)
    );

    let governance = suite.roles.governance.clone();
    suite.penalise_light(&governance, 1, penalty)?;
    let bond_left = suite
        .operator(1)?
        .map(|o| o.bond.u128())
        .unwrap_or_default();
    println!(
        "governance penalises {second} {} ATOM for bad service: its bond falls to {} ATOM",
        atom(penalty),
        atom(bond_left)
    );

    for (name, holder, index, operator) in [("alice", &alice, 0, &first), ("bob", &bob, 1, &second)]
    {
        let state = suite.light_state(index)?;
        let balance = suite.light_balance(holder, index)?.u128();
        ensure!(balance >= deposit, "{name} holds less than its deposit");
        println!(
            "  {name}: lightATOM-{operator} {} ({}), commission {} paid {} ATOM",
            atom(balance),
            change(deposit, balance),
            pct(state.commission),
            atom(state.commission_paid.u128()),
        );
        let before = suite.native_balance(holder)?;
        suite.light_withdraw(holder, index, balance)?;
        let received = suite.native_balance(holder)? - before;
        ensure!(
            received == balance,
            "{name} withdrew {received}, not {balance}"
        );
    }
    println!("both withdraw everything: principal and rewards, no penalty taken from them");
    Ok(())
}
