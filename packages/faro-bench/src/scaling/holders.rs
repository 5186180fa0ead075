//! Section::Holders: `bond`, `unbond` (the request) and `transfer` as the heavy LST's
//! holders grow, on a deployment of their own, so that the first point really has one
//! holder.
//!
//! Alice bonds first and is the only holder; at each scale she then gives a little heavy
//! LST to as many new addresses as it takes to reach that many holders, many transfers
//! per tx. Before measuring, the epoch advances, so that each scale's unbond request is
//! Alice's first in a fresh batch, as at the first scale. The measured transfer goes to
//! an address that never held any.

use anyhow::{ensure, Context, Result};
use faro_client::deploy::Deployment;
use faro_client::wasm;
use faro_client::ExecuteCall;

use crate::bench::{advance_epoch, Bench};
use crate::sample::Section;
use crate::scaling::addresses;
use crate::scaling::batch::messages_per_tx;
use faro_client::protocol::Protocol;

/// Alice's first bond: enough to give every new holder its share.
const SEED: u128 = 100_000_000;
const BOND: u128 = 1_000_000;
const UNBOND: u128 = 100_000;
/// What each new holder receives.
const GIFT: u128 = 1_000;

/// Measures at each of `scales` (holders, ascending); the report judges the growth.
pub async fn run(bench: &mut Bench, scales: &[u64]) -> Result<()> {
    let deployment = bench.deploy("holders").await?;
    let mut holders = Holders::start(bench, &deployment).await?;
    for &scale in scales {
        holders.grow_to(bench, &deployment, scale).await?;
        let protocol = Protocol::new(&bench.client, &deployment);
        let newcomer = holders.next_address(bench)?;
        let (alice, recorder) = (&bench.keys.alice, &mut bench.recorder);
        advance_epoch(&protocol, &bench.keys.relayer).await?;
        let outcome = protocol.bond(alice, BOND).await?;
        recorder.record(Section::Holders, "bond", scale, &outcome)?;
        let outcome = protocol.unbond(alice, UNBOND).await?;
        recorder.record(Section::Holders, "unbond", scale, &outcome)?;
        let outcome = protocol.transfer(alice, &newcomer, GIFT).await?;
        recorder.record(Section::Holders, "transfer", scale, &outcome)?;
        holders.count += 1;
        holders.gas_per_transfer = Some(outcome.gas_used);
    }
    Ok(())
}

/// The holders so far: Alice and the addresses `0..count - 1`.
struct Holders {
    count: u64,
    /// The gas of one transfer, once measured; sizes the batches.
    gas_per_transfer: Option<u64>,
}

impl Holders {
    async fn start(bench: &Bench, deployment: &Deployment) -> Result<Self> {
        let protocol = Protocol::new(&bench.client, deployment);
        protocol
            .bond(&bench.keys.alice, SEED)
            .await
            .context("the holders' first bond")?;
        Ok(Holders {
            count: 1,
            gas_per_transfer: None,
        })
    }

    fn next_address(&self, bench: &Bench) -> Result<String> {
        let prefix = bench.keys.alice.account_id().prefix().to_string();
        addresses::holder(&prefix, self.count - 1)
    }

    /// Gives `GIFT` to new addresses until there are `target` holders.
    async fn grow_to(&mut self, bench: &Bench, deployment: &Deployment, target: u64) -> Result<()> {
        ensure!(
            target >= self.count,
            "holder scales must ascend: {target} after {}",
            self.count
        );
        let protocol = Protocol::new(&bench.client, deployment);
        let alice = &bench.keys.alice;
        let max_gas = bench.client.node().block_max_gas().await?;
        while self.count < target {
            let per_tx = match self.gas_per_transfer {
                Some(gas) => {
                    let call = protocol.transfer_call(&self.next_address(bench)?, GIFT)?;
                    let bytes = wasm::execute(alice.address(), &call.contract, &call.msg, &[])?;
                    messages_per_tx(max_gas, gas, bytes.type_url.len() + bytes.value.len() + 8)
                }
                None => 1,
            };
            let count = per_tx.min(usize::try_from(target - self.count)?);
            let mut calls: Vec<ExecuteCall> = Vec::with_capacity(count);
            for offset in 0..count as u64 {
                let address =
                    addresses::holder(alice.account_id().prefix(), self.count - 1 + offset)?;
                calls.push(protocol.transfer_call(&address, GIFT)?);
            }
            let outcome = bench
                .client
                .execute_batch(alice, &calls)
                .await
                .with_context(|| format!("{count} transfers to new holders"))?;
            if self.gas_per_transfer.is_none() {
                self.gas_per_transfer = Some(outcome.gas_used);
            }
            self.count += count as u64;
            println!(
                "holders    {} (+{count} in one tx, {} gas)",
                self.count, outcome.gas_used
            );
        }
        Ok(())
    }
}
