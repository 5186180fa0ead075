//! Delegate, undelegate, redelegate, unbonding entries and the staking queries.

use cosmwasm_std::{coin, Decimal256, StakingMsg, Uint128};

use super::super::math::dec;
use super::super::{LsmChain, LsmError};
use super::{addr, err, self_delegator, valoper, Chain, DAY, DENOM, FUNDS, SELF_BOND};

#[test]
fn delegating_moves_tokens_into_the_pool_for_shares() {
    let (alice, chain) = Chain::with_alice_delegating(0, 5_000);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 5_000);
    assert_eq!(chain.delegated(&alice, 0), 5_000);
    assert_eq!(
        chain.app.delegation_shares(&alice, &valoper(0)).unwrap(),
        dec(Uint128::new(5_000))
    );
    assert_eq!(chain.tokens(0), SELF_BOND + 5_000);
    chain.assert_backed();
}

#[test]
fn delegation_errors() {
    let mut chain = Chain::new();
    let alice = addr("alice");
    assert_lsm_err!(
        chain.delegate(&alice, 0, 0),
        LsmError::InvalidRequest { .. }
    );
    let wrong_denom = StakingMsg::Delegate {
        validator: valoper(0),
        amount: coin(5, "uother"),
    };
    assert_lsm_err!(
        chain.exec(&alice, wrong_denom),
        LsmError::InvalidDenom { .. }
    );
    let unknown = StakingMsg::Delegate {
        validator: "cosmwasmvaloper1nobody".to_string(),
        amount: coin(5, DENOM),
    };
    assert_lsm_err!(
        chain.exec(&alice, unknown),
        LsmError::NoValidatorFound { .. }
    );
    // More than the balance: the bank refuses, and nothing changes.
    assert!(chain.delegate(&alice, 0, FUNDS + 1).is_err());
    assert_eq!(chain.delegated(&alice, 0), 0);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS);
}

#[test]
fn undelegated_tokens_come_back_after_the_unbonding_time() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 10_000);
    chain.undelegate(&alice, 0, 4_000).unwrap();
    assert_eq!(chain.delegated(&alice, 0), 6_000);
    let entries = chain.unbonding(&alice, 0);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].balance, Uint128::new(4_000));
    chain.assert_backed();

    let unbonding = chain.unbonding_time();
    chain.app.advance(unbonding - 1);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 10_000);
    chain.app.advance(1);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 6_000);
    assert!(chain.unbonding(&alice, 0).is_empty());
    chain.assert_backed();
}

#[test]
fn undelegating_everything_removes_the_delegation() {
    let (alice, mut chain) = Chain::with_alice_delegating(1, 777);
    chain.undelegate(&alice, 1, 777).unwrap();
    assert_eq!(chain.delegation(&alice, 1), None);
    assert_lsm_err!(
        chain.undelegate(&alice, 1, 1),
        LsmError::NoDelegation { .. }
    );
}

#[test]
fn undelegating_more_than_delegated_is_refused() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 100);
    for amount in [101, 0] {
        assert_lsm_err!(
            chain.undelegate(&alice, 0, amount),
            LsmError::InvalidRequest { .. }
        );
    }
    assert_eq!(chain.delegated(&alice, 0), 100);
}

#[test]
fn an_eighth_unbonding_entry_is_refused() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 100);
    for _ in 0..7 {
        chain.undelegate(&alice, 0, 1).unwrap();
        chain.app.advance(DAY);
    }
    assert_eq!(chain.unbonding(&alice, 0).len(), 7);
    assert_lsm_err!(
        chain.undelegate(&alice, 0, 1),
        LsmError::MaxUnbondingEntries { .. }
    );
    // Another validator is another pair.
    chain.delegate(&alice, 1, 100).unwrap();
    chain.undelegate(&alice, 1, 1).unwrap();
    // Once the first entry completes, there is room again.
    chain.app.advance(chain.unbonding_time() - 7 * DAY);
    assert_eq!(chain.unbonding(&alice, 0).len(), 6);
    chain.undelegate(&alice, 0, 1).unwrap();
}

#[test]
fn undelegations_in_one_block_merge_into_one_entry() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 100);
    for _ in 0..10 {
        chain.undelegate(&alice, 0, 2).unwrap();
    }
    let entries = chain.unbonding(&alice, 0);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].initial_balance, Uint128::new(20));
}

#[test]
fn redelegation_moves_stake_and_blocks_a_transitive_hop() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000);
    chain.redelegate(&alice, 0, 1, 400).unwrap();
    assert_eq!(chain.delegated(&alice, 0), 600);
    assert_eq!(chain.delegated(&alice, 1), 400);
    assert_eq!(chain.redelegations(&alice, 0, 1).len(), 1);
    // The delegation at the destination cannot move on until the redelegation completes.
    let at_dst = chain.delegation(&alice, 1).unwrap();
    assert_eq!(at_dst.can_redelegate, coin(0, DENOM));
    assert_eq!(
        chain.delegation(&alice, 0).unwrap().can_redelegate,
        coin(600, DENOM)
    );
    assert_eq!(
        err(chain.redelegate(&alice, 1, 2, 100)),
        LsmError::TransitiveRedelegation
    );
    assert_eq!(
        err(chain.redelegate(&alice, 0, 0, 100)),
        LsmError::SelfRedelegation
    );
    chain.app.advance(chain.unbonding_time());
    assert!(chain.redelegations(&alice, 0, 1).is_empty());
    chain.redelegate(&alice, 1, 2, 100).unwrap();
    // Redelegation moves no tokens out of the pool; it pays the source delegation's
    // rewards: 400 shares × 14.25% × 21/365 = 3.28.
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000 + 3);
    chain.assert_backed();
}

#[test]
fn an_eighth_redelegation_entry_is_refused() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 100);
    for _ in 0..7 {
        chain.redelegate(&alice, 0, 1, 1).unwrap();
        chain.app.advance(DAY);
    }
    assert_lsm_err!(
        chain.redelegate(&alice, 0, 1, 1),
        LsmError::MaxRedelegationEntries { .. }
    );
    chain.redelegate(&alice, 0, 2, 1).unwrap();
}

#[test]
fn redelegation_errors() {
    let mut chain = Chain::new();
    let alice = addr("alice");
    assert_lsm_err!(
        chain.redelegate(&alice, 0, 1, 5),
        LsmError::NoDelegation { .. }
    );
    chain.delegate(&alice, 0, 10).unwrap();
    assert_lsm_err!(
        chain.redelegate(&alice, 0, 1, 11),
        LsmError::InvalidRequest { .. }
    );
    let unknown_dst = StakingMsg::Redelegate {
        src_validator: valoper(0),
        dst_validator: "cosmwasmvaloper1nobody".to_string(),
        amount: coin(5, DENOM),
    };
    assert_lsm_err!(
        chain.exec(&alice, unknown_dst),
        LsmError::NoValidatorFound { .. }
    );
}

#[test]
fn jailed_validators_take_no_new_stake_but_let_it_leave() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 1_000);
    chain.app.jail(&valoper(1)).unwrap();
    assert_lsm_err!(
        chain.delegate(&alice, 1, 10),
        LsmError::ValidatorJailed { .. }
    );
    assert_lsm_err!(
        chain.redelegate(&alice, 0, 1, 10),
        LsmError::ValidatorJailed { .. }
    );
    chain.app.jail(&valoper(0)).unwrap();
    chain.undelegate(&alice, 0, 100).unwrap();
    chain.redelegate(&alice, 0, 2, 100).unwrap();
    chain.app.unjail(&valoper(1)).unwrap();
    chain.delegate(&alice, 1, 10).unwrap();
    assert_lsm_err!(
        chain.app.unjail(&valoper(1)),
        LsmError::ValidatorNotJailed { .. }
    );
    assert_lsm_err!(
        chain.app.jail(&valoper(0)),
        LsmError::ValidatorJailed { .. }
    );
}

#[test]
fn staking_queries_match_the_state() {
    let (alice, mut chain) = Chain::with_alice_delegating(0, 300);
    chain.delegate(&alice, 2, 200).unwrap();
    let querier = chain.app.wrap();
    assert_eq!(querier.query_bonded_denom().unwrap(), DENOM);
    let all = querier.query_all_delegations(&alice).unwrap();
    let mut amounts: Vec<(String, u128)> = all
        .into_iter()
        .map(|d| (d.validator, d.amount.amount.u128()))
        .collect();
    amounts.sort();
    let mut expected = vec![(valoper(0), 300), (valoper(2), 200)];
    expected.sort();
    assert_eq!(amounts, expected);
    assert_eq!(querier.query_all_validators().unwrap().len(), 3);
    let v = querier.query_validator(valoper(1)).unwrap().unwrap();
    assert_eq!(v.address, valoper(1));
    assert_eq!(
        querier.query_validator("cosmwasmvaloper1nobody").unwrap(),
        None
    );
    assert_eq!(querier.query_delegation(&alice, valoper(1)).unwrap(), None);
    assert_eq!(
        querier
            .query_delegation(&alice, "cosmwasmvaloper1nobody")
            .unwrap(),
        None
    );
    let own = querier
        .query_delegation(self_delegator(1), valoper(1))
        .unwrap();
    assert_eq!(own.unwrap().amount, coin(SELF_BOND, DENOM));

    chain.app.jail(&valoper(1)).unwrap();
    let querier = chain.app.wrap();
    let active: Vec<String> = querier
        .query_all_validators()
        .unwrap()
        .into_iter()
        .map(|v| v.address)
        .collect();
    assert!(!active.contains(&valoper(1)) && active.len() == 2);
    // A jailed validator is still found by address.
    assert!(querier.query_validator(valoper(1)).unwrap().is_some());
}

#[test]
fn shares_are_exact_and_the_rate_holds_for_later_delegators() {
    let mut chain = Chain::new();
    let (alice, bob) = (addr("alice"), addr("bob"));
    chain.delegate(&alice, 0, 1).unwrap();
    chain.delegate(&bob, 0, 999_999).unwrap();
    let v = chain.app.validator_state(&valoper(0)).unwrap();
    assert_eq!(
        v.delegator_shares,
        Decimal256::from_atomics(2_000_000u128, 0).unwrap()
    );
    assert_eq!(chain.delegated(&alice, 0), 1);
    assert_eq!(chain.delegated(&bob, 0), 999_999);
}
