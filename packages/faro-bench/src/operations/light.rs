//! The light side: a deposit into an operator's light LST and a withdrawal from it.

use anyhow::{anyhow, Result};
use cosmwasm_std::{coins, Uint128};
use faro_client::deploy::Deployment;
use faro_client::ExecuteCall;
use faro_types::light_lst;

use crate::bench::Bench;
use crate::sample::Section;

/// Enough units that the oracle's light reward stays within its rate bound.
pub const DEPOSIT: u128 = 10_000_000;
const WITHDRAW: u128 = 1_000_000;

pub async fn run(bench: &mut Bench, deployment: &Deployment) -> Result<()> {
    let light_lst = deployment
        .operators
        .first()
        .and_then(|operator| operator.light_lst.clone())
        .ok_or_else(|| anyhow!("the first operator has no light LST"))?;
    let (alice, client, recorder) = (&bench.keys.alice, &bench.client, &mut bench.recorder);
    let deposit = light_lst::ExecuteMsg::Deposit { recipient: None };
    let deposit = ExecuteCall::new(&light_lst, &deposit, coins(DEPOSIT, &deployment.denom))?;
    recorder
        .execute(client, alice, deposit, Section::Operation, "light_deposit")
        .await?;
    let withdraw = light_lst::ExecuteMsg::Withdraw {
        amount: Uint128::new(WITHDRAW),
        recipient: None,
    };
    let withdraw = ExecuteCall::new(&light_lst, &withdraw, vec![])?;
    recorder
        .execute(
            client,
            alice,
            withdraw,
            Section::Operation,
            "light_withdraw",
        )
        .await?;
    Ok(())
}
