use cosmwasm_std::Uint128;
use faro_testing::chain::DENOM;
use faro_testing::lsm::LsmChain;
use faro_types::lsm_tokenizer::Order;

use super::{root, Chain};

#[test]
fn stake_moves_without_unbonding() {
    let mut chain = Chain::start();
    let tokenizer = chain.tokenizer.clone();
    chain.delegate(&[(0, 1_000_000)]);
    let msg = Order::Redelegate {
        src: chain.validator(0),
        dst: chain.validator(2),
        amount: Uint128::new(300_000),
    };
    chain.order(&msg, &[]).unwrap();
    assert_eq!(chain.delegated(&tokenizer, 0), 700_000);
    assert_eq!(chain.delegated(&tokenizer, 2), 300_000);
    let entries = chain
        .suite
        .app
        .redelegation_entries(&tokenizer, &chain.validator(0), &chain.validator(2))
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].initial_balance, Uint128::new(300_000));
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);
}

#[test]
fn refuses_a_move_to_the_same_validator() {
    let mut chain = Chain::start();
    chain.delegate(&[(0, 1_000)]);
    let msg = Order::Redelegate {
        src: chain.validator(0),
        dst: chain.validator(0),
        amount: Uint128::new(1),
    };
    let err = chain.order(&msg, &[]).unwrap_err();
    assert!(root(err).contains("to itself"));
}
