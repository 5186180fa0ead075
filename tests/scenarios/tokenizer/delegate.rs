use cosmwasm_std::coins;
use faro_testing::chain::DENOM;
use faro_types::lsm_tokenizer::Order;

use super::{root, user, Chain};

#[test]
fn the_chain_shows_each_delegation() {
    let mut chain = Chain::with_stake(&[(0, 1_000_000), (1, 2_500_000)]);
    assert_eq!(chain.staked(0), 1_000_000);
    assert_eq!(chain.staked(1), 2_500_000);
    assert_eq!(chain.staked(2), 0);
    assert_eq!(chain.balance(&chain.tokenizer, DENOM), 0);

    // A second order adds to the first.
    chain.delegate(&[(0, 500_000)]);
    assert_eq!(chain.staked(0), 1_500_000);
}

#[test]
fn delegates_from_its_balance_and_no_further() {
    let mut chain = Chain::start();
    let tokenizer = chain.tokenizer.clone();
    chain.fund(&tokenizer, 700);
    let order = |amount: u128| Order::Delegate {
        delegations: vec![chain.stake(2, amount)],
    };
    let (too_much, enough) = (order(701), order(700));
    // The chain checks the balance, and the whole order fails with it.
    assert!(chain.order(&too_much, &[]).is_err());
    assert_eq!(chain.balance(&tokenizer, DENOM), 700);
    chain.order(&enough, &[]).unwrap();
    assert_eq!(chain.staked(2), 700);
    assert_eq!(chain.balance(&tokenizer, DENOM), 0);
}

#[test]
fn nobody_but_the_hub_delegates() {
    let mut chain = Chain::start();
    let mallory = user("mallory");
    chain.fund(&mallory, 100);
    let msg = Order::Delegate {
        delegations: vec![chain.stake(0, 100)],
    };
    let err = chain.exec(&mallory, &msg, &coins(100, DENOM)).unwrap_err();
    assert!(root(err).contains("may not delegate"));
    assert_eq!(chain.balance(&mallory, DENOM), 100);
}
