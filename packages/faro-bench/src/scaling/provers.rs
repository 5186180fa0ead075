//! Section::Provers: `propose_block` with a full active set. Alice is the pool's first
//! prover (see `operations::provers`); 31 more accounts, keyed from their index, get fee
//! money and wrapped LST from Alice and stake, which fills the set's 32 places.

use anyhow::{ensure, Result};
use faro_client::deploy::Deployment;
use faro_client::ExecuteCall;
use faro_types::prover_pool::ACTIVE_SET_SIZE;
use faro_types::wrapped_lst;

use crate::bench::Bench;
use crate::keys::derived;
use crate::native;
use crate::operations::provers::{self, STAKE};
use crate::sample::Section;

/// Enough for each new prover's stake tx at the client's gas price.
const FEE_MONEY: u128 = 1_000_000;
/// The block proposed with the full set (blocks 1 and 2 came before).
const BLOCK_ID: u64 = 3;

pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<()> {
    let newcomers = (2..=ACTIVE_SET_SIZE)
        .map(|index| derived(&format!("faro-bench prover {index}")))
        .collect::<Result<Vec<_>>>()?;
    let (alice, client) = (&bench.keys.alice, &bench.client);

    let fees = newcomers
        .iter()
        .map(|prover| {
            native::send(
                alice.address(),
                prover.address(),
                FEE_MONEY,
                &deployment.denom,
            )
        })
        .collect();
    client.submit(alice, fees).await?;
    let stakes = newcomers
        .iter()
        .map(|prover| {
            let transfer = wrapped_lst::ExecuteMsg::Transfer {
                recipient: prover.address().to_string(),
                amount: STAKE.into(),
            };
            ExecuteCall::new(&deployment.contracts.wrapped_lst, &transfer, vec![])
        })
        .collect::<faro_client::error::Result<Vec<_>>>()?;
    client.execute_batch(alice, &stakes).await?;
    for prover in &newcomers {
        provers::stake(client, deployment, prover, STAKE).await?;
    }
    let active = provers::active_provers(client, deployment).await?;
    ensure!(
        active == ACTIVE_SET_SIZE,
        "{active} active provers, expected {ACTIVE_SET_SIZE}"
    );
    let outcome = provers::propose(client, deployment, &bench.keys.relayer, BLOCK_ID).await?;
    bench.recorder.record(
        Section::Provers,
        "propose_block",
        u64::from(ACTIVE_SET_SIZE),
        &outcome,
    )
}
