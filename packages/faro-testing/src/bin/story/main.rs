//! The main job: Faro on the embedded chain — heavy and light liquid staking, governance,
//! the oracle and the prover pool — told step by step.
//! Every figure printed is read back from the chain or from a response, never assumed.

mod bonding;
mod cast;
mod deployment;
mod epochs;
mod exit;
mod governance;
mod light;
mod oracle;
mod provers;
mod settled;
mod show;
mod slashing;
mod unbonding;

use anyhow::Result;
use cosmwasm_std::Decimal;

use cast::Story;

/// ATOM in base units.
const ATOM: u128 = 1_000_000;

fn main() -> Result<()> {
    let mut story = Story::begin()?;
    deployment::tell(&story)?;
    bonding::native(&mut story, 3_000 * ATOM)?;
    bonding::lsm_shares(&mut story, 1, 1_000 * ATOM)?;
    epochs::tell(&mut story, 3)?;
    unbonding::tell(&mut story, 1_000 * ATOM)?;
    exit::tell(&mut story, 200 * ATOM, 2)?;
    slashing::tell(&mut story, 0, Decimal::percent(5), 300 * ATOM)?;
    light::tell(&mut story, 500 * ATOM, 1_000 * ATOM, 100 * ATOM)?;
    governance::tell(&mut story, Decimal::percent(12))?;
    oracle::tell(&mut story, ATOM / 2, 50 * ATOM, 2 * ATOM)?;
    provers::tell(&mut story, 500 * ATOM, 4)?;
    Ok(())
}
