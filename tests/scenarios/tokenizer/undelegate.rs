use cosmwasm_std::Uint128;
use faro_testing::chain::{DENOM, UNBONDING_TIME};
use faro_testing::lsm::LsmChain;
use faro_types::lsm_tokenizer::Order;

use super::Chain;

#[test]
fn unbonded_stake_returns_to_the_tokenizer_after_the_unbonding_time() {
    let mut chain = Chain::with_stake(&[(0, 1_000_000), (1, 1_000_000)]);
    let msg = Order::Undelegate {
        undelegations: vec![chain.stake(0, 400_000), chain.stake(1, 1_000_000)],
    };
    chain.order(&msg, &[]).unwrap();
    assert_eq!(chain.staked(0), 600_000);
    assert_eq!(chain.staked(1), 0);
    let unbonding = |chain: &Chain| {
        let validator = chain.validator(0);
        chain
            .suite
            .app
            .unbonding_entries(&chain.tokenizer, &validator)
            .unwrap()
    };
    let entries = unbonding(&chain);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].balance, Uint128::new(400_000));
    assert_eq!(chain.balance(&chain.tokenizer, DENOM), 0);

    chain.suite.app.advance(UNBONDING_TIME - 5);
    assert_eq!(chain.balance(&chain.tokenizer, DENOM), 0);
    chain.suite.app.advance(5);
    assert_eq!(chain.balance(&chain.tokenizer, DENOM), 1_400_000);
    assert!(unbonding(&chain).is_empty());
}

#[test]
fn the_chain_refuses_more_than_is_delegated() {
    let mut chain = Chain::with_stake(&[(0, 1_000)]);
    let msg = Order::Undelegate {
        undelegations: vec![chain.stake(0, 1_001)],
    };
    assert!(chain.order(&msg, &[]).is_err());
    assert_eq!(chain.staked(0), 1_000);
}
