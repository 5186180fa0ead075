//! Chapter 9: the rebasing oracle. Three watchers report the rollup's epoch; the report
//! is final once two agree, and its finalisation pays a light LST, takes a penalty from
//! an operator's bond, scores the operators' light service and pays the hub the rollup's
//! rewards for its next epoch.

use anyhow::{ensure, Result};
use cosmwasm_std::{Addr, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_types::oracle::{self, FinalReport, MemberInput, OperatorReport, Report};

use crate::cast::Story;
use crate::show::{atom, header, pct};

/// `light_reward` for operator 0's light LST, `penalty` and half marks for operator 1,
/// `heavy_reward` for the hub.
pub fn tell(
    story: &mut Story,
    light_reward: u128,
    penalty: u128,
    heavy_reward: u128,
) -> Result<()> {
    header("9. The oracle: the rollup's epoch, agreed by two of three watchers");
    let alice = story.alice.clone();
    let (first, second) = (story.operator(0).to_string(), story.operator(1).to_string());
    let suite = &mut story.suite;
    let watchers: Vec<Addr> = vec![
        suite.roles.relayer.clone(),
        account("watcher1"),
        account("watcher2"),
    ];
    let members = watchers
        .iter()
        .map(|addr| MemberInput {
            addr: addr.to_string(),
            weight: 1,
        })
        .collect();
    let (governance, oracle) = (
        suite.roles.governance.clone(),
        suite.contracts.oracle.clone(),
    );
    let set = oracle::ExecuteMsg::SetMembers {
        members,
        threshold: 2,
    };
    suite
        .app
        .execute_contract(governance, oracle.clone(), &set, &[])?;
    let bridged = light_reward + heavy_reward;
    suite.fund(&oracle, bridged)?;
    let deposit = 100 * light_reward;
    suite.fund(&alice, deposit)?;
    suite.light_deposit(&alice, 0, deposit)?;
    println!(
        "three watchers of weight 1, two must agree; the rollup's bridge leaves {} ATOM with \
         the oracle; alice deposits {} ATOM with {first}",
        atom(bridged),
        atom(deposit)
    );

    let report = Report {
        epoch: 1,
        epoch_end: suite.app.block_info().time.minus_seconds(60),
        heavy_rewards: Uint128::new(heavy_reward),
        operators: vec![
            operator(&story.operators[0].valoper, light_reward, 0, Decimal::one()),
            operator(
                &story.operators[1].valoper,
                0,
                penalty,
                Decimal::percent(50),
            ),
        ],
    };
    let suite = &mut story.suite;
    let bond_before = suite
        .operator(1)?
        .map(|o| o.bond.u128())
        .unwrap_or_default();
    let light_before = suite.light_state(0)?.rewards_received.u128();
    let hub_before = suite.native_balance(&suite.contracts.hub.clone())?;
    for (count, watcher) in watchers.iter().take(2).enumerate() {
        let submit = oracle::ExecuteMsg::Submit {
            report: report.clone(),
        };
        suite
            .app
            .execute_contract(watcher.clone(), oracle.clone(), &submit, &[])?;
        let last: Option<FinalReport> =
            suite.query(&oracle, &oracle::QueryMsg::Final { epoch: 1 })?;
        println!(
            "  watcher {} submits epoch 1: {}",
            count + 1,
            if last.is_some() {
                "final, applied"
            } else {
                "1 of 2, waiting"
            }
        );
    }
    let operator_after = suite.operator(1)?;
    let bond_after = operator_after
        .as_ref()
        .map(|o| o.bond.u128())
        .unwrap_or_default();
    let score = operator_after.map(|o| o.light_score).unwrap_or_default();
    let light_paid = suite.light_state(0)?.rewards_received.u128() - light_before;
    let hub_paid = suite.native_balance(&suite.contracts.hub.clone())? - hub_before;
    ensure!(
        light_paid == light_reward && hub_paid == heavy_reward,
        "paid as reported"
    );
    println!(
        "  {first}'s light LST gets {} ATOM; {second}'s bond {} → {} ATOM, its light score {}; \
         the hub {} ATOM",
        atom(light_paid),
        atom(bond_before),
        atom(bond_after),
        pct(score),
        atom(hub_paid),
    );
    let settled = story.epoch()?;
    println!(
        "epoch {} counts the rollup's {} ATOM among its {} ATOM of rewards",
        settled.epoch,
        atom(heavy_reward),
        atom(settled.rewards)
    );
    Ok(())
}

fn operator(valoper: &str, light_rewards: u128, penalty: u128, score: Decimal) -> OperatorReport {
    OperatorReport {
        valoper: valoper.to_string(),
        light_rewards: Uint128::new(light_rewards),
        penalty: Uint128::new(penalty),
        score,
    }
}
