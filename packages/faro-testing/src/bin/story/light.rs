//! Chapter 7: light staking. Two operators with different commissions and different
//! service: their light LSTs diverge, one is penalised from its bond, and every holder
//! withdraws at least what it put in.

use anyhow::{ensure, Result};
use cosmwasm_std::{coin, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::lsm::LsmChain;
use faro_testing::suite::validator_name;
use faro_testing::Suite;
use faro_types::light_lst::{self, COMMISSION_DELAY};
use faro_types::operator_registry::{self, LightScore};

use crate::cast::Story;
use crate::show::{atom, change, header, pct};

/// What light LSTs 0 and 1 have received and paid in commission since launch.
#[derive(Clone, Copy, Default)]
struct Books {
    received: u128,
    commission: u128,
}

fn books(suite: &Suite) -> Result<[Books; 2]> {
    let one = |index| -> Result<Books> {
        let state = suite.light_state(index)?;
        Ok(Books {
            received: state.rewards_received.u128(),
            commission: state.commission_paid.u128(),
        })
    };
    Ok([one(0)?, one(1)?])
}

/// The commission a light LST at `rate` takes from a reward of `amount`.
fn commission_of(amount: u128, rate: Decimal) -> u128 {
    Uint128::new(amount).mul_floor(rate).u128()
}

/// Operator 0 keeps its commission and full marks; operator 1 cuts its commission, serves
/// the rollup half as well and is penalised from the `bond` it posts.
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
    let half = Decimal::percent(50);
    let scores = operator_registry::ExecuteMsg::SetLightScores {
        scores: vec![LightScore {
            valoper: suite.operators[1].clone(),
            score: half,
        }],
    };
    let (governance, registry) = (
        suite.roles.governance.clone(),
        suite.contracts.operator_registry.clone(),
    );
    suite
        .app
        .execute_contract(governance.clone(), registry, &scores, &[])?;
    println!(
        "governance scores {second}'s light service at {} ({first} keeps {}): its deposits \
         weigh half as much in the light budget",
        pct(half),
        pct(Decimal::one())
    );
    suite.app.advance(COMMISSION_DELAY);
    let rates = [
        suite.light_state(0)?.commission,
        suite.light_state(1)?.commission,
    ];
    ensure!(
        rates[0] != rates[1],
        "both light LSTs charge {}",
        pct(rates[0])
    );
    for (holder, index) in [(&alice, 0), (&bob, 1)] {
        suite.fund(holder, deposit)?;
        suite.light_deposit(holder, index, deposit)?;
    }
    println!(
        "alice deposits {} ATOM with {first} (lightATOM-{first}, commission {}), bob the \
         same with {second} (commission {})",
        atom(deposit),
        pct(rates[0]),
        pct(rates[1])
    );

    let start = books(&story.suite)?;
    let mut commission = [0u128; 2];
    for _ in 0..2 {
        let before = books(&story.suite)?;
        let settled = story.epoch()?;
        let after = books(&story.suite)?;
        let parts = [
            after[0].received - before[0].received,
            after[1].received - before[1].received,
        ];
        ensure!(
            parts[0] + parts[1] == settled.light_paid,
            "the light LSTs got {parts:?}, not the {} paid",
            settled.light_paid
        );
        // Equal deposits, half the score: a third to the second, the remainder to the first.
        ensure!(
            parts[1] == settled.light_paid / 3,
            "{second} got {}, not a third of {}",
            parts[1],
            settled.light_paid
        );
        for index in 0..2 {
            commission[index] += commission_of(parts[index], rates[index]);
        }
        let waited = settled.light_paid.saturating_sub(settled.light);
        println!(
            "epoch {}: the light pool pays {} ATOM by deposits × score: {} to {first}, {} to \
             {second} (this epoch's budget: {} ATOM{})",
            settled.epoch,
            atom(settled.light_paid),
            atom(parts[0]),
            atom(parts[1]),
            atom(settled.light),
            match waited {
                0 => String::new(),
                waited => format!(
                    ", plus {} ATOM kept while no one had deposited",
                    atom(waited)
                ),
            }
        );
    }
    // The rollup pays operator 0 for its light service; the oracle will report this.
    let rollup = account("rollup");
    let paid = deposit / 100;
    let suite = &mut story.suite;
    suite.fund(&rollup, paid)?;
    let light = suite.light_lst(0);
    suite.app.execute_contract(
        rollup,
        light,
        &light_lst::ExecuteMsg::Reward {},
        &[coin(paid, DENOM)],
    )?;
    commission[0] += commission_of(paid, rates[0]);
    println!(
        "the rollup pays {first}'s light service {} ATOM",
        atom(paid)
    );

    let bond_of = |suite: &Suite| -> Result<u128> {
        Ok(suite
            .operator(1)?
            .map(|o| o.bond.u128())
            .unwrap_or_default())
    };
    let treasury = suite.registry_config()?.treasury;
    let bond_before = bond_of(suite)?;
    let (treasury_before, bob_before) = (
        suite.native_balance(&treasury)?,
        suite.light_balance(&bob, 1)?.u128(),
    );
    suite.penalise_light(&governance, 1, penalty)?;
    let bond_left = bond_of(suite)?;
    ensure!(
        bond_left + penalty == bond_before,
        "{second}'s bond went from {bond_before} to {bond_left}, not down by {penalty}"
    );
    ensure!(
        suite.native_balance(&treasury)? == treasury_before + penalty,
        "the treasury did not get the penalty"
    );
    ensure!(
        suite.light_balance(&bob, 1)?.u128() == bob_before,
        "bob paid part of {second}'s penalty"
    );
    println!(
        "governance penalises {second} {} ATOM for bad service: its bond falls from {} to {} \
         ATOM, paid to the treasury; bob's lightATOM-{second} is untouched",
        atom(penalty),
        atom(bond_before),
        atom(bond_left)
    );

    let end = books(suite)?;
    let mut balances = [0u128; 2];
    for (name, holder, index, operator) in [("alice", &alice, 0, &first), ("bob", &bob, 1, &second)]
    {
        let received = end[index].received - start[index].received;
        let taken = end[index].commission - start[index].commission;
        ensure!(
            taken == commission[index],
            "{operator} took {taken}, not {} at {}",
            commission[index],
            pct(rates[index])
        );
        let balance = suite.light_balance(holder, index)?.u128();
        // The sole holder gets every reward net of commission, less index rounding.
        let expected = deposit + received - taken;
        ensure!(
            balance <= expected && expected - balance <= 3,
            "{name} holds {balance}, expected {expected}"
        );
        ensure!(balance >= deposit, "{name} holds less than its deposit");
        println!(
            "  {name}: lightATOM-{operator} {} ({}), rewards {} ATOM, commission {} took {} ATOM",
            atom(balance),
            change(deposit, balance),
            atom(received),
            pct(rates[index]),
            atom(taken),
        );
        balances[index] = balance;
    }
    ensure!(
        balances[0] != balances[1],
        "the two light LSTs did not diverge"
    );
    for (name, holder, index) in [("alice", &alice, 0), ("bob", &bob, 1)] {
        let before = suite.native_balance(holder)?;
        suite.light_withdraw(holder, index, balances[index])?;
        let received = suite.native_balance(holder)? - before;
        ensure!(
            received == balances[index],
            "{name} withdrew {received}, not {}",
            balances[index]
        );
    }
    println!("both withdraw everything: principal and rewards, no penalty taken from them");
    Ok(())
}
