//! Slashing: the validator's tokens, unbonding and redelegation entries, infraction
//! heights, and the rate that follows.

use cosmwasm_std::{Addr, Decimal, Uint128};
use cw_multi_test::StakingSudo;

use super::super::{LsmChain, LsmError};
use super::{addr, self_delegator, valoper, Chain, DAY, DENOM, FUNDS, SELF_BOND};

fn entry_balances(chain: &Chain, who: &str, val: usize) -> Vec<u128> {
    chain
        .unbonding(&addr(who), val)
        .iter()
        .map(|e| e.balance.u128())
        .collect()
}

/// Alice, who delegated 1,000,000 to validator 0 and has started to undelegate `amount`.
fn alice_unbonding(amount: u128) -> (Addr, Chain) {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000_000);
    chain.undelegate(&alice, 0, amount).unwrap();
    (alice, chain)
}

#[test]
fn a_slash_burns_tokens_and_lowers_every_delegation() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000_000);
    let pool = chain.app.staking_pool().unwrap();
    let pool_before = chain.balance(&pool, DENOM);
    chain.app.slash(&valoper(0), Decimal::percent(10)).unwrap();
    assert_eq!(chain.delegated(&alice, 0), 900_000);
    assert_eq!(chain.delegated(&self_delegator(0), 0), 900_000);
    assert_eq!(chain.balance(&pool, DENOM), pool_before - 200_000);
    // Shares do not change; their worth does.
    assert_eq!(
        chain.app.delegation_shares(&alice, &valoper(0)).unwrap(),
        super::super::math::dec(Uint128::new(1_000_000))
    );
    chain.assert_backed();
}

#[test]
fn a_slash_reaches_unbonding_entries_in_flight() {
    let (alice, mut chain) = alice_unbonding(500_000);
    chain.app.advance(DAY);
    chain.app.slash(&valoper(0), Decimal::percent(10)).unwrap();
    assert_eq!(entry_balances(&chain, "alice", 0), vec![450_000]);
    assert_eq!(chain.delegated(&alice, 0), 450_000);
    chain.assert_backed();
    chain.app.advance(chain.unbonding_time());
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_000 + 450_000);
    chain.assert_backed();
}

#[test]
fn an_infraction_at_the_current_height_spares_the_entries() {
    let (_, mut chain) = alice_unbonding(500_000);
    let height = chain.app.block_info().height;
    chain
        .app
        .slash_at(&valoper(0), Decimal::percent(10), height)
        .unwrap();
    assert_eq!(entry_balances(&chain, "alice", 0), vec![500_000]);
    // 10% of the 1,500,000 still bonded.
    assert_eq!(chain.tokens(0), 1_350_000);
    chain.assert_backed();
}

#[test]
fn only_entries_created_at_or_after_the_infraction_are_slashed() {
    let (alice, mut chain) = alice_unbonding(100_000);
    chain.app.advance(DAY);
    let infraction = chain.app.block_info().height;
    chain.undelegate(&alice, 0, 200_000).unwrap();
    chain.app.advance(DAY);
    chain
        .app
        .slash_at(&valoper(0), Decimal::percent(50), infraction)
        .unwrap();
    assert_eq!(entry_balances(&chain, "alice", 0), vec![100_000, 100_000]);
    // Power at the infraction: 1,700,000 bonded now + 200,000 unbonded since. Half of
    // it is 950,000, of which the entry took 100,000.
    assert_eq!(chain.tokens(0), 1_700_000 - 850_000);
    chain.assert_backed();
}

#[test]
fn completed_unbondings_are_out_of_reach() {
    let (alice, mut chain) = alice_unbonding(500_000);
    chain.app.advance(chain.unbonding_time());
    chain.app.slash(&valoper(0), Decimal::percent(50)).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 500_000);
}

#[test]
fn a_slash_follows_redelegated_stake_to_its_destination() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000_000);
    chain.redelegate(&alice, 0, 1, 400_000).unwrap();
    chain.app.advance(DAY);
    chain.app.slash(&valoper(0), Decimal::percent(10)).unwrap();
    assert_eq!(chain.delegated(&alice, 0), 540_000);
    assert_eq!(chain.delegated(&alice, 1), 360_000);
    assert_eq!(chain.tokens(0), 1_440_000);
    assert_eq!(chain.tokens(1), SELF_BOND + 360_000);
    chain.assert_backed();
}

#[test]
fn a_validator_slashed_to_nothing_takes_no_delegations() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000);
    chain.app.slash(&valoper(0), Decimal::one()).unwrap();
    assert_eq!(chain.delegated(&alice, 0), 0);
    assert_lsm_err!(
        chain.delegate(&alice, 0, 10),
        LsmError::DelegatorShareExRateInvalid { .. }
    );
    chain.assert_backed();
}

#[test]
fn slash_errors() {
    let mut chain = Chain::new();
    assert_lsm_err!(
        chain.app.slash(&valoper(0), Decimal::percent(101)),
        LsmError::InvalidSlashFraction { .. }
    );
    let future = chain.app.block_info().height + 1;
    assert_lsm_err!(
        chain.app.slash_at(&valoper(0), Decimal::percent(1), future),
        LsmError::FutureInfraction { .. }
    );
    assert_lsm_err!(
        chain
            .app
            .slash("cosmwasmvaloper1nobody", Decimal::percent(1)),
        LsmError::NoValidatorFound { .. }
    );
    assert_lsm_err!(
        chain.app.jail("cosmwasmvaloper1nobody"),
        LsmError::NoValidatorFound { .. }
    );
}

#[test]
fn the_staking_sudo_slash_works_too() {
    let mut chain = Chain::new();
    let sudo = StakingSudo::Slash {
        validator: valoper(2),
        percentage: Decimal::percent(20),
    };
    chain.app.sudo(sudo.into()).unwrap();
    assert_eq!(chain.delegated(&self_delegator(2), 2), 800_000);
    chain.assert_backed();
}
