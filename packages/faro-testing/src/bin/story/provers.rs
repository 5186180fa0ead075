//! Chapter 10: the prover pool. Two holders stake their wrapped LST as provers, the
//! relayer reports rollup blocks, the assigned prover is paid for timely proofs, and a
//! missed proof is paid to the prover who did it and slashed from the one assigned.

use anyhow::Result;
use cosmwasm_std::{Decimal, Decimal256};
use faro_testing::chain::account;
use faro_testing::lsm::LsmChain;

use crate::cast::Story;
use crate::show::{atom, header, rate, short};

/// Gas of each rollup block.
const GAS: u64 = 2_000_000;

pub fn tell(story: &mut Story, bond: u128, blocks: u64) -> Result<()> {
    header("10. The prover pool: wrapped LST staked for rollup proofs");
    let suite = &mut story.suite;
    let provers = [account("prover1"), account("prover2")];
    let name = |addr: &cosmwasm_std::Addr| -> String {
        match provers.iter().position(|p| p == addr) {
            Some(i) => format!("prover{}", i + 1),
            None => short(addr.as_str()),
        }
    };
    for (prover, ask) in provers
        .iter()
        .zip([Decimal::permille(24), Decimal::permille(26)])
    {
        let stake = suite.become_prover(prover, bond, ask, 4)?;
        println!(
            "{} bonds {} ATOM, wraps it and stakes {} wstATOM asking {ask} per gas",
            name(prover),
            atom(bond),
            atom(stake),
        );
    }
    let fee = |suite: &faro_testing::Suite| -> Result<u128> {
        let f = suite.prover_pool_state()?.fee_per_gas;
        let fee = (f * Decimal256::from_ratio(GAS, 1u64)).to_uint_ceil();
        Ok(cosmwasm_std::Uint128::try_from(fee)?.u128())
    };
    for block_id in 1..=blocks {
        let paid = fee(suite)?;
        let block = suite.propose_block(block_id, GAS, paid)?;
        let assigned = block.assigned.clone().map(|a| a.prover);
        let late = block_id == blocks;
        let prover = match (&assigned, late) {
            (Some(assigned), false) => assigned.clone(),
            (Some(assigned), true) => provers.iter().find(|p| *p != assigned).cloned().unwrap(),
            (None, _) => provers[0].clone(),
        };
        if late {
            suite.app.advance(block.window + 1);
        } else {
            suite.app.advance(block.window / 4);
        }
        suite.prove_block(block_id, &prover)?;
        let settled = suite
            .block(block_id)?
            .settlement
            .unwrap_or_else(|| unreachable!());
        let owed = settled.payout.saturating_sub(settled.paid);
        println!(
            "block {block_id}: fee {} ATOM, assigned {}, proven by {} ({:?}): due {} ATOM, \
             paid {}{}{}",
            atom(paid),
            assigned.as_ref().map_or("nobody".to_string(), &name),
            name(&prover),
            settled.outcome,
            atom(settled.payout.u128()),
            atom(settled.paid.u128()),
            if owed.is_zero() {
                String::new()
            } else {
                format!(" (the reserve owes {})", atom(owed.u128()))
            },
            if settled.slashed.is_zero() {
                String::new()
            } else {
                format!(
                    ", {} wstATOM slashed to the treasury",
                    atom(settled.slashed.u128())
                )
            },
        );
    }
    let pool = suite.prover_pool_state()?;
    println!(
        "the fee per gas moved to {} with the provers' asks; the reserve holds {} ATOM and \
         owes {} ATOM, paid first from the next surpluses",
        rate(pool.fee_per_gas),
        atom(pool.reserve.u128()),
        atom(pool.owed.u128()),
    );
    Ok(())
}
