//! Section::Operation: each user and keeper operation once, on one deployment, with the
//! chain's floors (Section::Anchor) and the one-prover point of the provers' scaling
//! measured on the way.

pub mod dao;
pub mod heavy;
pub mod light;
pub mod oracle;
pub mod provers;

use anyhow::Result;

use crate::bench::Bench;
use crate::scaling;

/// Every operation in the order the protocol allows; the withdrawal comes last, once
/// the unbonding batch has matured, and the 32 provers stake while it matures.
pub async fn run(bench: &mut Bench) -> Result<()> {
    let deployment = bench.deploy("operations").await?;
    let batch_id = heavy::run(bench, &deployment).await?;
    light::run(bench, &deployment).await?;
    oracle::run(bench, &deployment).await?;
    provers::run(bench, &deployment).await?;
    dao::run(bench, &deployment).await?;
    scaling::provers::run(bench, &deployment).await?;
    heavy::withdraw(bench, &deployment, batch_id).await
}
