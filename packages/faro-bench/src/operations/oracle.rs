//! Oracle reports. At launch the relayer is the only member (threshold 1), so its
//! submission is final at once; governance then adds Bob and raises the threshold to 2,
//! so the relayer's submission stays open and Bob's, agreeing, finalises it.

use anyhow::{ensure, Context, Result};
use cosmwasm_std::{Decimal, Timestamp, Uint128};
use faro_client::deploy::Deployment;
use faro_client::{Signer, TxOutcome};
use faro_types::oracle::{self, FinalReport, MemberInput, OperatorReport, Report};

use crate::bench::Bench;
use crate::native;
use crate::sample::Section;

/// Rewards the reports pay; small beside the light deposit and the heavy backing, so no
/// index moves beyond the oracle's bound.
const HEAVY_REWARDS: u128 = 1_000;
const LIGHT_REWARDS: u128 = 1_000;
/// What the oracle holds to pay both reports.
const ORACLE_FUNDS: u128 = 10 * (HEAVY_REWARDS + LIGHT_REWARDS);

pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<()> {
    let oracle_addr = deployment.contracts.oracle.clone();
    let (carol, relayer, bob) = (&bench.keys.carol, &bench.keys.relayer, &bench.keys.bob);
    let fund = native::send(
        carol.address(),
        &oracle_addr,
        ORACLE_FUNDS,
        &deployment.denom,
    );
    bench.client.submit(carol, vec![fund]).await?;

    let first = report(bench, deployment, 1).await?;
    let outcome = submit(bench, &oracle_addr, relayer, &first).await?;
    bench
        .recorder
        .record(Section::Operation, "oracle_submit_final", 0, &outcome)?;
    ensure_final(bench, &oracle_addr, 1).await?;

    let members = oracle::ExecuteMsg::SetMembers {
        members: vec![
            MemberInput {
                addr: relayer.address().to_string(),
                weight: 1,
            },
            MemberInput {
                addr: bob.address().to_string(),
                weight: 1,
            },
        ],
        threshold: 2,
    };
    bench
        .client
        .execute(carol, &oracle_addr, &members, &[])
        .await
        .context("oracle SetMembers")?;

    let second = report(bench, deployment, 2).await?;
    let outcome = submit(bench, &oracle_addr, relayer, &second).await?;
    ensure!(
        outcome.attribute("wasm", "status") == Some("open"),
        "the first of two submissions should leave the report open"
    );
    bench
        .recorder
        .record(Section::Operation, "oracle_submit", 0, &outcome)?;
    let outcome = submit(bench, &oracle_addr, bob, &second).await?;
    bench
        .recorder
        .record(Section::Operation, "oracle_finalise", 0, &outcome)?;
    ensure_final(bench, &oracle_addr, 2).await
}

async fn submit(
    bench: &Bench,
    oracle_addr: &str,
    member: &Signer,
    report: &Report,
) -> Result<TxOutcome> {
    let submit = oracle::ExecuteMsg::Submit {
        report: report.clone(),
    };
    bench
        .client
        .execute(member, oracle_addr, &submit, &[])
        .await
        .with_context(|| format!("oracle submit for epoch {}", report.epoch))
}

async fn ensure_final(bench: &Bench, oracle_addr: &str, epoch: u64) -> Result<()> {
    let answer: Option<FinalReport> = bench
        .client
        .query_smart(oracle_addr, &oracle::QueryMsg::Final { epoch })
        .await?;
    ensure!(
        answer.is_some(),
        "the oracle's report for epoch {epoch} is not final"
    );
    Ok(())
}

/// A report for `epoch` that ends a second before the chain's newest block, with rewards
/// for the heavy side and the first operator's light LST, and a full score for all.
async fn report(bench: &Bench, deployment: &Deployment, epoch: u64) -> Result<Report> {
    let now = bench.client.node().latest_block_time().await?;
    let epoch_end = Timestamp::from_nanos(now).minus_seconds(1);
    let operators = deployment
        .operators
        .iter()
        .enumerate()
        .map(|(index, operator)| OperatorReport {
            valoper: operator.valoper.clone(),
            light_rewards: Uint128::new(if index == 0 { LIGHT_REWARDS } else { 0 }),
            penalty: Uint128::zero(),
            score: Decimal::one(),
        })
        .collect();
    Ok(Report {
        epoch,
        epoch_end,
        heavy_rewards: Uint128::new(HEAVY_REWARDS),
        operators,
    })
}
