//! The prover pool: a prover stakes wrapped LST, the relayer proposes a rollup block
//! (paying its fee) and reports its proof.

use anyhow::{anyhow, ensure, Context, Result};
use cosmwasm_std::{coins, Decimal, HexBinary};
use faro_client::deploy::Deployment;
use faro_client::protocol::Protocol;
use faro_client::{Client, Signer, TxOutcome};
use faro_types::prover_pool::{self, Block, PoolResponse};

use crate::bench::Bench;
use crate::sample::Section;

/// Blocks a prover may have in flight: room for every block the bench proposes.
pub const CAPACITY: u32 = 4;
/// The stake for [`CAPACITY`] at the launch's 1 wstATOM per unit of capacity.
pub const STAKE: u128 = CAPACITY as u128 * 1_000_000;
/// The rollup gas each proposed block reports.
const BLOCK_GAS: u64 = 1_000_000;

pub fn reward_per_gas() -> Decimal {
    Decimal::permille(25)
}

/// The wrapped LST `Send` that stakes `amount` in the pool.
pub async fn stake(
    client: &Client,
    deployment: &Deployment,
    prover: &Signer,
    amount: u128,
) -> Result<TxOutcome> {
    Protocol::new(client, deployment)
        .stake_prover(prover, amount, reward_per_gas(), CAPACITY)
        .await
        .context("prover stake")
}

/// The relayer proposes block `block_id`, attaching the fee the pool will escrow.
pub async fn propose(
    client: &Client,
    deployment: &Deployment,
    relayer: &Signer,
    block_id: u64,
) -> Result<TxOutcome> {
    let pool_addr = &deployment.contracts.prover_pool;
    let pool: PoolResponse = client
        .query_smart(pool_addr, &prover_pool::QueryMsg::Pool {})
        .await?;
    let fee = pool
        .fee_per_gas
        .checked_mul(cosmwasm_std::Decimal256::from_ratio(BLOCK_GAS, 1u64))?
        .to_uint_ceil();
    let fee = cosmwasm_std::Uint128::try_from(fee)?.u128();
    let propose = prover_pool::ExecuteMsg::ProposeBlock {
        block_id,
        parent_hash: HexBinary::from([block_id as u8; 32]),
        gas_used: BLOCK_GAS,
    };
    let outcome = client
        .execute(relayer, pool_addr, &propose, &coins(fee, &deployment.denom))
        .await
        .with_context(|| format!("propose block {block_id}"))?;
    block(client, deployment, block_id).await?;
    Ok(outcome)
}

pub async fn block(client: &Client, deployment: &Deployment, block_id: u64) -> Result<Block> {
    let answer: Option<Block> = client
        .query_smart(
            &deployment.contracts.prover_pool,
            &prover_pool::QueryMsg::Block { block_id },
        )
        .await?;
    answer.ok_or_else(|| anyhow!("the pool has no block {block_id}"))
}

pub async fn active_provers(client: &Client, deployment: &Deployment) -> Result<u32> {
    let pool: PoolResponse = client
        .query_smart(
            &deployment.contracts.prover_pool,
            &prover_pool::QueryMsg::Pool {},
        )
        .await?;
    Ok(pool.active_provers)
}

/// Alice stakes as the pool's only prover; block 1 is proposed and proven; block 2 is
/// proposed again as the one-prover point of the provers' scaling.
pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<()> {
    let (alice, relayer) = (&bench.keys.alice, &bench.keys.relayer);
    let client = &bench.client;
    let outcome = stake(client, deployment, alice, STAKE).await?;
    bench
        .recorder
        .record(Section::Operation, "prover_stake", 0, &outcome)?;

    let outcome = propose(client, deployment, relayer, 1).await?;
    bench
        .recorder
        .record(Section::Operation, "propose_block", 0, &outcome)?;
    let assigned = block(client, deployment, 1)
        .await?
        .assigned
        .ok_or_else(|| anyhow!("block 1 went to no prover"))?;
    ensure!(
        assigned.prover.as_str() == alice.address(),
        "block 1 went to {}, not to the only prover",
        assigned.prover
    );
    let proven_at = client.node().latest_block_time().await? / 1_000_000_000;
    let prove = prover_pool::ExecuteMsg::ProveBlock {
        block_id: 1,
        prover: alice.address().to_string(),
        proven_at,
    };
    let outcome = client
        .execute(relayer, &deployment.contracts.prover_pool, &prove, &[])
        .await
        .context("prove block 1")?;
    bench
        .recorder
        .record(Section::Operation, "prove_block", 0, &outcome)?;
    ensure!(
        block(client, deployment, 1).await?.settlement.is_some(),
        "block 1 is not settled after its proof"
    );

    let active = active_provers(client, deployment).await?;
    ensure!(active == 1, "{active} active provers, expected 1");
    let outcome = propose(client, deployment, relayer, 2).await?;
    bench
        .recorder
        .record(Section::Provers, "propose_block", 1, &outcome)?;
    Ok(())
}
