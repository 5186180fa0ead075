use cosmwasm_std::Uint128;
use faro_testing::chain::{DENOM, UNBONDING_TIME};
use faro_testing::lsm::LsmChain;
use faro_types::lsm_tokenizer::{Order, Stake};

use super::Chain;

#[test]
fn unbonded_stake_returns_to_the_tokenizer_after_the_unbonding_time() {
    let mut chain = Chain::start();
    let tokenizer = chain.tokenizer.clone();
    chain.delegate(&[(0, 1_000_000), (1, 1_000_000)]);
    let msg = Order::Undelegate {
        undelegations: vec![
            Stake {
                validator: chain.validator(0),
                amount: Uint128::new(400_000),
            },
            Stake {
                validator: chain.validator(1),
                amount: Uint128::new(1_000_000),
            },
        ],
    };
    chain.order(&msg, &[]).unwrap();
    assert_eq!(chain.delegated(&tokenizer, 0), 600_000);
    assert_eq!(chain.delegated(&tokenizer, 1), 0);
    let entries = chain
        .suite
        .app
        .unbonding_entries(&tokenizer, &chain.validator(0))
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].balance, Uint128::new(400_000));
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);

    chain.suite.app.advance(UNBONDING_TIME - 5);
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);
    chain.suite.app.advance(5);
    assert_eq!(chain.balance(&tokenizer, DENOM), 1_400_000);
    assert!(chain
        .suite
        .app
        .unbonding_entries(&tokenizer, &chain.validator(0))
        .unwrap()
        .is_empty());
}

#[test]
fn the_chain_refuses_more_than_is_delegated() {
    let mut chain = Chain::start();
    let tokenizer = chain.tokenizer.clone();
    chain.delegate(&[(0, 1_000)]);
    let msg = Order::Undelegate {
        undelegations: vec![Stake {
            validator: chain.validator(0),
            amount: Uint128::new(1_001),
        }],
    };
    assert!(chain.order(&msg, &[]).is_err());
    assert_eq!(chain.delegated(&tokenizer, 0), 1_000);
}
