//! The heavy side as a holder uses it: bond (native and LSM shares), transfer, wrap,
//! unwrap, unbond, instant exit, the epoch, and the withdrawal once the batch has matured.

use std::time::Duration;

use anyhow::{anyhow, ensure, Context, Result};
use cosmwasm_std::{coin, Uint128};
use faro_client::deploy::Deployment;
use faro_client::ExecuteCall;
use faro_types::hub::{self, BatchStatus};
use faro_types::wrapped_lst;

use crate::bench::{advance_epoch, Bench, UNBONDING_PERIOD};
use crate::native;
use crate::sample::Section;
use faro_client::protocol::Protocol;

const FIRST_BOND: u128 = 5_000_000;
/// Enough for every later step, the provers' stakes among them.
const BOND: u128 = 300_000_000;
const TRANSFER: u128 = 1_000_000;
const WRAP: u128 = 200_000_000;
const UNWRAP: u128 = 1_000_000;
const UNBOND: u128 = 2_000_000;
const INSTANT_EXIT: u128 = 1_000_000;
const LSM_BOND: u128 = 5_000_000;

/// Bob bonds first (the hub mints its dead shares then), then Alice bonds, transfers,
/// wraps, unwraps, unbonds, exits at once and bonds LSM shares; the epoch then submits
/// the batch. Answers the id of the batch Alice's unbond request waits in.
pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<u64> {
    let keys = &bench.keys;
    let protocol = Protocol::new(&bench.client, deployment);
    let recorder = &mut bench.recorder;
    let (alice, bob) = (&keys.alice, &keys.bob);

    let outcome = protocol.bond(bob, FIRST_BOND).await?;
    recorder.record(Section::Operation, "first_bond", 0, &outcome)?;
    let outcome = protocol.bond(alice, BOND).await?;
    recorder.record(Section::Operation, "bond", 0, &outcome)?;

    let outcome = protocol.transfer(alice, bob.address(), TRANSFER).await?;
    recorder.record(Section::Operation, "transfer", 0, &outcome)?;

    let outcome = protocol.wrap(alice, WRAP).await?;
    recorder.record(Section::Operation, "wrap", 0, &outcome)?;
    ensure!(
        protocol.wrapped_balance(alice.address()).await? > 0,
        "wrap: alice holds no wrapped LST"
    );
    let unwrap = wrapped_lst::ExecuteMsg::Unwrap {
        amount: Uint128::new(UNWRAP),
        recipient: None,
    };
    let outcome = protocol
        .client
        .execute(alice, &deployment.contracts.wrapped_lst, &unwrap, &[])
        .await
        .context("unwrap")?;
    recorder.record(Section::Operation, "unwrap", 0, &outcome)?;

    let outcome = protocol.unbond(alice, UNBOND).await?;
    recorder.record(Section::Operation, "unbond", 0, &outcome)?;
    let batch_id = protocol.hub_state().await?.books.epoch;

    let validator = deployment
        .operators
        .first()
        .ok_or_else(|| anyhow!("the deployment has no operator"))?
        .valoper
        .clone();
    let exit = hub::ReceiveMsg::InstantExit {
        validator: validator.clone(),
    };
    let hub_addr = deployment.contracts.hub.clone();
    let outcome = protocol
        .send_heavy(alice, &hub_addr, INSTANT_EXIT, &exit)
        .await
        .context("instant exit")?;
    recorder.record(Section::Operation, "instant_exit", 0, &outcome)?;

    // The chain's floor for a bond: the delegation the LSM bond starts from.
    let delegate = native::delegate(alice.address(), &validator, LSM_BOND, &deployment.denom);
    let outcome = protocol.client.submit(alice, vec![delegate]).await?;
    recorder.record(Section::Anchor, "native_delegate", 0, &outcome)?;
    let before = share_denoms(&protocol, alice.address(), &validator).await?;
    let tokenize =
        native::tokenize_shares(alice.address(), &validator, LSM_BOND, &deployment.denom);
    protocol
        .client
        .submit(alice, vec![tokenize])
        .await
        .context("MsgTokenizeShares")?;
    let minted = share_denoms(&protocol, alice.address(), &validator)
        .await?
        .into_iter()
        .find(|share| !before.contains(share))
        .ok_or_else(|| anyhow!("MsgTokenizeShares gave alice no {validator}/<id> coin"))?;
    let outcome = protocol
        .bond_coin(alice, vec![coin(minted.1, minted.0)])
        .await?;
    recorder.record(Section::Operation, "bond_lsm", 0, &outcome)?;

    let outcome = advance_epoch(&protocol, &keys.relayer).await?;
    recorder.record(Section::Operation, "advance_epoch", 0, &outcome)?;
    let batch = protocol.batch(batch_id).await?;
    ensure!(
        batch.status == BatchStatus::Unbonding,
        "batch {batch_id} after the epoch: {batch:?}"
    );
    Ok(batch_id)
}

/// Once batch `batch_id` has matured and an epoch has settled it, Alice withdraws.
pub async fn withdraw(bench: &mut Bench, deployment: &Deployment, batch_id: u64) -> Result<()> {
    let protocol = Protocol::new(&bench.client, deployment);
    let keeper = &bench.keys.relayer;
    let mut batch = protocol.batch(batch_id).await?;
    let matures_at = batch
        .matures_at
        .ok_or_else(|| anyhow!("batch {batch_id} has no maturity: {batch:?}"))?;
    let max_wait = Duration::from_secs(2 * UNBONDING_PERIOD);
    protocol
        .client
        .node()
        .wait_for_time(matures_at.nanos(), max_wait)
        .await?;
    // The epoch that follows maturity collects the unbonded stake; one more covers a
    // payout the chain makes in the block after.
    for _ in 0..3 {
        if batch.status == BatchStatus::Withdrawable {
            break;
        }
        advance_epoch(&protocol, keeper).await?;
        batch = protocol.batch(batch_id).await?;
    }
    ensure!(
        batch.status == BatchStatus::Withdrawable,
        "batch {batch_id} is not withdrawable after maturing: {batch:?}"
    );
    let withdraw = hub::ExecuteMsg::Withdraw { batch_id };
    let withdraw = ExecuteCall::new(&deployment.contracts.hub, &withdraw, vec![])?;
    let alice = &bench.keys.alice;
    bench
        .recorder
        .execute(
            protocol.client,
            alice,
            withdraw,
            Section::Operation,
            "withdraw",
        )
        .await?;
    Ok(())
}

/// The `<validator>/<record id>` coins `address` holds.
async fn share_denoms(
    protocol: &Protocol<'_>,
    address: &str,
    validator: &str,
) -> Result<Vec<(String, u128)>> {
    let prefix = format!("{validator}/");
    Ok(protocol
        .client
        .balances(address)
        .await?
        .into_iter()
        .filter(|(denom, _)| denom.starts_with(&prefix))
        .collect())
}
