use cosmwasm_std::Uint128;
use faro_testing::chain::DENOM;
use faro_testing::lsm::LsmChain;
use faro_types::lsm_tokenizer::Order;

use super::Chain;

const DAY: u64 = 24 * 3600;

/// The rewards the chain reports for the tokenizer's delegation to validator `index`.
fn pending(chain: &Chain, index: usize) -> u128 {
    let rewards = chain
        .suite
        .app
        .wrap()
        .query_delegation_rewards(&chain.tokenizer, chain.validator(index))
        .unwrap();
    rewards
        .iter()
        .filter(|r| r.denom == DENOM)
        .map(|r| Uint128::try_from(r.amount.to_uint_floor()).unwrap().u128())
        .sum()
}

#[test]
fn rewards_are_withdrawn_to_the_hub() {
    let mut chain = Chain::with_stake(&[(0, 1_000_000_000), (1, 1_000_000_000)]);
    let (tokenizer, hub) = (chain.tokenizer.clone(), chain.hub.clone());
    chain.suite.app.advance(30 * DAY);
    let (earned0, earned1) = (pending(&chain, 0), pending(&chain, 1));
    assert!(earned0 > 0 && earned1 > 0);

    let hub_before = chain.balance(&hub, DENOM);
    let msg = Order::WithdrawRewards {
        validators: vec![chain.validator(0), chain.validator(1)],
    };
    chain.order(&msg, &[]).unwrap();
    assert_eq!(chain.balance(&hub, DENOM), hub_before + earned0 + earned1);
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);
    assert_eq!(pending(&chain, 0), 0);

    // Nothing to withdraw from: nothing happens.
    let none = Order::WithdrawRewards { validators: vec![] };
    chain.order(&none, &[]).unwrap();
    assert_eq!(chain.balance(&hub, DENOM), hub_before + earned0 + earned1);
}

#[test]
fn rewards_paid_when_a_delegation_changes_go_to_the_hub_too() {
    let mut chain = Chain::with_stake(&[(0, 1_000_000_000)]);
    let (tokenizer, hub) = (chain.tokenizer.clone(), chain.hub.clone());
    chain.suite.app.advance(10 * DAY);
    let earned = pending(&chain, 0);
    assert!(earned > 0);

    let hub_before = chain.balance(&hub, DENOM);
    let msg = Order::Undelegate {
        undelegations: vec![chain.stake(0, 1_000)],
    };
    chain.order(&msg, &[]).unwrap();
    assert_eq!(chain.balance(&hub, DENOM), hub_before + earned);
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);
}
