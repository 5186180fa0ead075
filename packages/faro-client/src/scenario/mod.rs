//! The protocol on a real chain, as a holder uses it: bond native tokens to the hub,
//! transfer heavy LST, wrap it, queue an unbond, and advance the epoch when the hub's
//! epoch period is short enough to wait for. Every step checks its effect on chain and
//! keeps its tx, for the gas table.

mod epoch;
mod steps;

use std::time::Duration;

use serde::Serialize;
use thiserror::Error;

use crate::client::Client;
use crate::deploy::Deployment;
use crate::error::ClientError;
use crate::outcome::TxOutcome;
use crate::protocol::Protocol;
use crate::signer::Signer;

#[derive(Debug, Error)]
pub enum ScenarioError {
    #[error(transparent)]
    Client(#[from] ClientError),

    #[error("{step}: {detail}")]
    Check { step: &'static str, detail: String },
}

pub(crate) fn check(
    step: &'static str,
    ok: bool,
    detail: impl FnOnce() -> String,
) -> Result<(), ScenarioError> {
    if ok {
        Ok(())
    } else {
        Err(ScenarioError::Check {
            step,
            detail: detail(),
        })
    }
}

/// Who plays: `alice` holds and acts, `bob` receives, `keeper` advances the epoch.
pub struct Players<'a> {
    pub alice: &'a Signer,
    pub bob: &'a Signer,
    pub keeper: &'a Signer,
}

/// Amounts in the staking denom's base unit.
#[derive(Debug, Clone)]
pub struct Amounts {
    pub bond: u128,
    pub transfer: u128,
    pub wrap: u128,
    pub unbond: u128,
    /// The longest the scenario waits for an epoch to end; a longer epoch period skips
    /// the epoch step.
    pub max_epoch_wait: Duration,
}

impl Default for Amounts {
    fn default() -> Self {
        Amounts {
            bond: 1_000_000_000,
            transfer: 100_000_000,
            wrap: 200_000_000,
            unbond: 150_000_000,
            max_epoch_wait: Duration::from_secs(30),
        }
    }
}

/// What the scenario did, step by step, and what it left out.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioReport {
    pub steps: Vec<(String, TxOutcome)>,
    pub skipped: Vec<String>,
}

pub async fn run(
    client: &Client,
    deployment: &Deployment,
    players: &Players<'_>,
    amounts: &Amounts,
) -> Result<ScenarioReport, ScenarioError> {
    let mut scenario = steps::Scenario {
        protocol: Protocol::new(client, deployment),
        players,
        report: ScenarioReport {
            steps: vec![],
            skipped: vec![],
        },
    };
    scenario.bond(amounts.bond).await?;
    scenario.transfer(amounts.transfer).await?;
    scenario.wrap(amounts.wrap).await?;
    scenario.unbond(amounts.unbond).await?;
    scenario.advance_epoch(amounts.max_epoch_wait).await?;
    Ok(scenario.report)
}
