//! Section::Operators: the epoch's gas as the heavy operator set grows, on a deployment
//! of its own whose first operator is val1. At each scale, new validators register as
//! operators and governance approves them; Alice bonds, which delegates to every
//! operator by weight; one epoch settles that, and the next is measured.

use anyhow::{ensure, Context, Result};
use cosmwasm_std::Decimal;
use faro_client::deploy::Deployment;
use faro_client::{ExecuteCall, Signer};
use faro_types::operator_registry::{self, Registration, Services};

use crate::bench::{advance_epoch, Bench};
use crate::sample::Section;
use crate::scaling::validators::{self, SELF_STAKE};
use faro_client::protocol::Protocol;

/// Alice's bond at each scale, spread over the operators; the operators' share of each
/// stays within what the LSM cap lets a one-token validator take from a liquid staker.
const BOND_PER_OPERATOR: u128 = SELF_STAKE / 4;
/// The light commission the new operators register with.
const LIGHT_COMMISSION: Decimal = Decimal::percent(10);

pub async fn run(bench: &mut Bench, scales: &[u64]) -> Result<()> {
    let largest = scales.iter().copied().max().unwrap_or_default();
    // val1 is the first operator, val2 the second; the rest are created.
    let created = validators::create(
        &bench.client,
        &bench.keys.alice,
        0..largest.saturating_sub(2),
    )
    .await?;
    let deployment = bench
        .deploy_with_operators("operators", &[&bench.keys.val1])
        .await?;
    let mut candidates: Vec<&Signer> = vec![&bench.keys.val2];
    candidates.extend(created.iter());
    let mut candidates = candidates.into_iter();
    let mut operators = 1u64;
    for &scale in scales {
        let joining: Vec<&Signer> = candidates
            .by_ref()
            .take(usize::try_from(scale.saturating_sub(operators))?)
            .collect();
        add_operators(bench, &deployment, &joining, operators).await?;
        operators += joining.len() as u64;
        ensure!(
            operators == scale,
            "{operators} operators, expected {scale}"
        );

        let protocol = Protocol::new(&bench.client, &deployment);
        protocol
            .bond(&bench.keys.alice, BOND_PER_OPERATOR * u128::from(scale))
            .await?;
        advance_epoch(&protocol, &bench.keys.relayer).await?;
        let outcome = advance_epoch(&protocol, &bench.keys.relayer).await?;
        bench
            .recorder
            .record(Section::Operators, "advance_epoch", scale, &outcome)?;
    }
    Ok(())
}

/// Each account registers its validator; governance approves them all in one tx.
async fn add_operators(
    bench: &Bench,
    deployment: &Deployment,
    accounts: &[&Signer],
    already: u64,
) -> Result<()> {
    if accounts.is_empty() {
        return Ok(());
    }
    let registry = &deployment.contracts.operator_registry;
    let mut approvals = vec![];
    for (offset, account) in accounts.iter().enumerate() {
        let valoper = validators::valoper(account)?;
        let register = operator_registry::ExecuteMsg::Register(Registration {
            valoper: valoper.clone(),
            reward_address: account.address().to_string(),
            moniker: format!("operator {}", already + offset as u64 + 1),
            services: Services {
                heavy: true,
                light: true,
            },
            light_commission: Some(LIGHT_COMMISSION),
        });
        bench
            .client
            .execute(account, registry, &register, &[])
            .await
            .with_context(|| format!("registering {valoper}"))?;
        let approve = operator_registry::ExecuteMsg::Approve { valoper, weight: 1 };
        approvals.push(ExecuteCall::new(registry, &approve, vec![])?);
    }
    bench
        .client
        .execute_batch(&bench.keys.carol, &approvals)
        .await
        .context("approving the operators")?;
    Ok(())
}
