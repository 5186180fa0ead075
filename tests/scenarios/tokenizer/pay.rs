use cosmwasm_std::Uint128;
use faro_testing::chain::DENOM;
use faro_types::lsm_tokenizer::Order;

use super::{root, user, Chain};

#[test]
fn pays_unbonded_stake_and_no_more_than_it_holds() {
    let mut chain = Chain::start();
    let tokenizer = chain.tokenizer.clone();
    let alice = user("alice");
    chain.fund(&tokenizer, 1_000);
    let pay = |amount: u128| Order::Pay {
        recipient: alice.to_string(),
        amount: Uint128::new(amount),
    };
    chain.order(&pay(600), &[]).unwrap();
    assert_eq!(chain.balance(&alice, DENOM), 600);
    assert_eq!(chain.balance(&tokenizer, DENOM), 400);

    assert!(chain.order(&pay(401), &[]).is_err());
    assert_eq!(chain.balance(&tokenizer, DENOM), 400);

    let err = chain.exec(&alice, &pay(400), &[]).unwrap_err();
    assert!(root(err).contains("may not pay"));
}
