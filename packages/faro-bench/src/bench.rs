//! What every part of the bench shares: the chain, the accounts, where the contracts come
//! from, and the samples measured so far.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{ensure, Context, Result};
use faro_client::deploy::{self, Artifacts, ChainParams, Deployment, Roles};
use faro_client::protocol::Protocol;
use faro_client::{Client, Signer, TxOutcome};
use faro_types::liquid::LsmModule;

use crate::keys::Keys;
use crate::record::Recorder;

/// The local chain's unbonding time, in seconds (`scripts/localnet.sh`).
pub const UNBONDING_PERIOD: u64 = 60;

/// The gas limit the bench gives a tx, as a percentage of its simulated gas. The default
/// margin is too thin on two counts: simulation runs without a fee, so it leaves out the
/// fee's transfer (a bank send then uses some 20,000 gas more than simulated); and an
/// epoch's simulation may find no rewards to restake where its execution, a block later,
/// does (twice the gas and more). The figures are the gas used, which the limit does not
/// change.
pub const GAS_ADJUSTMENT_PERCENT: u64 = 400;
/// An epoch is due at most one epoch period after the last; this leaves room for slow
/// blocks.
pub const EPOCH_WAIT: Duration = Duration::from_secs(60);

pub struct Bench {
    pub client: Client,
    pub keys: Keys,
    pub artifacts: Artifacts,
    pub recorder: Recorder,
    /// Distinguishes this run's deployments from earlier ones on the same chain.
    pub run_id: String,
}

impl Bench {
    pub fn denom(&self) -> &str {
        self.client.denom()
    }

    /// Deploys the whole protocol afresh: every code, every contract, both validators as
    /// operators. `name` tells this deployment's salts from the others'.
    pub async fn deploy(&self, name: &str) -> Result<Deployment> {
        self.deploy_with_operators(name, &[&self.keys.val1, &self.keys.val2])
            .await
    }

    /// As [`Bench::deploy`], with `operators` (validator accounts) as the first operators.
    pub async fn deploy_with_operators(
        &self,
        name: &str,
        operators: &[&Signer],
    ) -> Result<Deployment> {
        let chain = ChainParams {
            denom: self.denom().to_string(),
            unbonding_period: UNBONDING_PERIOD,
            epoch_period: ChainParams::shortest_epoch(UNBONDING_PERIOD),
            lsm_module: LsmModule::SdkStaking,
            token_symbol: "ATOM".to_string(),
        };
        let roles = Roles {
            deployer: &self.keys.carol,
            governance: &self.keys.carol,
            relayer: self.keys.relayer.address().to_string(),
            operators: operators.to_vec(),
        };
        let salt_suffix = format!("-bench-{}-{name}", self.run_id);
        let report = deploy::deploy(&self.client, &self.artifacts, &chain, &roles, &salt_suffix)
            .await
            .with_context(|| format!("deploying the protocol ({name})"))?;
        Ok(report.deployment)
    }
}

/// Where the bench reads the contracts: the optimised artifacts and cw20-base.
pub struct Sources {
    pub artifacts_dir: PathBuf,
    pub cw20_wasm: PathBuf,
}

impl Sources {
    pub fn load(&self) -> Result<Artifacts> {
        Artifacts::load(&self.artifacts_dir, &self.cw20_wasm).with_context(|| {
            format!(
                "loading {} and {}",
                self.artifacts_dir.display(),
                self.cw20_wasm.display()
            )
        })
    }
}

/// Advances the hub's epoch as soon as it is due, and checks that it moved.
pub async fn advance_epoch(protocol: &Protocol<'_>, keeper: &Signer) -> Result<TxOutcome> {
    let (state, outcome) = protocol
        .advance_epoch_when_due(keeper, EPOCH_WAIT)
        .await
        .context("advance epoch")?;
    let after = protocol.hub_state().await?;
    ensure!(
        after.books.epoch == state.books.epoch + 1,
        "advance epoch: epoch {} became {}",
        state.books.epoch,
        after.books.epoch
    );
    Ok(outcome)
}
