//! Rewards: accrual at the APR net of commission, pro rata to shares; withdrawal, the
//! withdraw address, automatic payout when shares change; jailing stops accrual.

use cosmwasm_std::{coin, Decimal256, DistributionMsg};

use super::super::{LsmChain, LsmError};
use super::{addr, valoper, Chain, DAY, DENOM, FUNDS, YEAR};

/// Validator 0: 1,000,000 self-bond, alice 1,000,000 and bob 3,000,000. A year at 15%
/// less 5% commission pays the validator's delegators 712,500: 0.1425 per share.
fn funded() -> Chain {
    let mut chain = Chain::new();
    chain.delegate(&addr("alice"), 0, 1_000_000).unwrap();
    chain.delegate(&addr("bob"), 0, 3_000_000).unwrap();
    chain
}

#[test]
fn rewards_accrue_pro_rata_and_show_in_the_delegation_query() {
    let mut chain = funded();
    chain.app.advance(YEAR);
    let alice = chain.delegation(&addr("alice"), 0).unwrap();
    let bob = chain.delegation(&addr("bob"), 0).unwrap();
    assert_eq!(alice.accumulated_rewards, vec![coin(142_500, DENOM)]);
    assert_eq!(bob.accumulated_rewards, vec![coin(427_500, DENOM)]);
    // Other validators earn for their own delegators only.
    assert!(chain.delegation(&addr("alice"), 1).is_none());
}

#[test]
fn withdrawing_pays_the_rewards_once() {
    let mut chain = funded();
    let alice = addr("alice");
    chain.app.advance(YEAR);
    chain.withdraw_rewards(&alice, 0).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_000 + 142_500);
    chain.withdraw_rewards(&alice, 0).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_000 + 142_500);
    assert_eq!(
        chain.delegation(&alice, 0).unwrap().accumulated_rewards,
        vec![]
    );
    chain.assert_backed();
}

#[test]
fn rewards_go_to_the_withdraw_address() {
    let mut chain = funded();
    let (alice, carol) = (addr("alice"), addr("carol"));
    chain.set_withdraw_address(&alice, &carol).unwrap();
    assert_eq!(chain.withdraw_address(&alice), carol);
    chain.app.advance(YEAR);
    chain.withdraw_rewards(&alice, 0).unwrap();
    assert_eq!(chain.balance(&carol, DENOM), FUNDS + 142_500);
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_000);

    chain.set_withdraw_address(&alice, &alice).unwrap();
    assert_eq!(chain.withdraw_address(&alice), alice);
}

#[test]
fn changing_a_delegation_pays_its_rewards_first() {
    let mut chain = funded();
    let alice = addr("alice");
    chain.app.advance(YEAR);
    chain.delegate(&alice, 0, 1).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 1_000_001 + 142_500);
    assert_eq!(
        chain.delegation(&alice, 0).unwrap().accumulated_rewards,
        vec![]
    );
    chain.app.advance(YEAR);
    chain.undelegate(&alice, 0, 1).unwrap();
    assert!(chain.balance(&alice, DENOM) > FUNDS - 1_000_001 + 2 * 142_000);
}

#[test]
fn jailed_validators_earn_nothing() {
    let mut chain = funded();
    let alice = addr("alice");
    chain.app.jail(&valoper(0)).unwrap();
    chain.app.advance(YEAR);
    assert_eq!(
        chain.delegation(&alice, 0).unwrap().accumulated_rewards,
        vec![]
    );
    chain.app.unjail(&valoper(0)).unwrap();
    chain.app.advance(YEAR);
    assert_eq!(
        chain.delegation(&alice, 0).unwrap().accumulated_rewards,
        vec![coin(142_500, DENOM)]
    );
}

#[test]
fn distribution_queries_answer_in_decimal_coins() {
    let mut chain = funded();
    let alice = addr("alice");
    chain.delegate(&alice, 2, 10).unwrap();
    chain.app.advance(DAY);
    let querier = chain.app.wrap();
    let rewards = querier
        .query_delegation_rewards(&alice, valoper(0))
        .unwrap();
    // 0.1425 per share per year: a day is 0.1425/365 per share.
    let per_day = Decimal256::from_ratio(142_500u128, 365u128);
    assert_eq!(rewards.len(), 1);
    assert_eq!(rewards[0].denom, DENOM);
    assert!(rewards[0].amount.abs_diff(per_day) < Decimal256::permille(1));
    let total = querier.query_delegation_total_rewards(&alice).unwrap();
    assert_eq!(total.rewards.len(), 2);
    assert_eq!(total.total.len(), 1);
    let mut validators = querier.query_delegator_validators(&alice).unwrap();
    validators.sort();
    let mut expected = vec![valoper(0), valoper(2)];
    expected.sort();
    assert_eq!(validators, expected);
}

#[test]
fn withdrawing_needs_a_delegation() {
    let mut chain = Chain::new();
    let alice = addr("alice");
    assert_lsm_err!(
        chain.withdraw_rewards(&alice, 0),
        LsmError::NoDelegation { .. }
    );
    let unknown = DistributionMsg::WithdrawDelegatorReward {
        validator: "cosmwasmvaloper1nobody".to_string(),
    };
    assert_lsm_err!(
        chain.exec(&alice, unknown),
        LsmError::NoValidatorFound { .. }
    );
}

#[test]
fn funding_the_community_pool_moves_the_coins() {
    let mut chain = Chain::new();
    let alice = addr("alice");
    let fund = DistributionMsg::FundCommunityPool {
        amount: vec![coin(10, DENOM)],
    };
    chain.exec(&alice, fund).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), FUNDS - 10);
}
