use cosmwasm_std::{coin, from_json, Uint128};
use faro_testing::lsm::LsmChain;
use faro_types::liquid::share_denom;
use faro_types::lsm_tokenizer::{Order, Tokenized};

use super::{root, user, Chain};

fn tokenize(chain: &Chain, index: usize, amount: u128, owner: &str) -> Order {
    Order::Tokenize {
        validator: chain.validator(index),
        amount: Uint128::new(amount),
        owner: owner.to_string(),
    }
}

#[test]
fn the_owner_receives_the_shares_and_owns_the_record() {
    let mut chain = Chain::with_stake(&[(1, 5_000_000)]);
    let bob = user("bob");
    let msg = tokenize(&chain, 1, 2_000_000, bob.as_str());
    let res = chain.order(&msg, &[]).unwrap();
    let tokenized: Tokenized = from_json(res.data.unwrap()).unwrap();
    let records = chain.suite.app.tokenize_records().unwrap();
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(record.owner, bob);
    assert_eq!(record.validator, chain.validator(1));
    let denom = share_denom(&chain.validator(1), record.id);
    assert_eq!(tokenized.shares, coin(2_000_000, &denom));

    // The chain minted the shares to the tokenizer; they went on to bob.
    assert_eq!(chain.balance(&bob, &denom), 2_000_000);
    assert_eq!(chain.balance(&chain.tokenizer, &denom), 0);
    assert_eq!(chain.staked(1), 3_000_000);
    assert_eq!(chain.delegated(&record.module_account, 1), 2_000_000);
    assert_eq!(chain.share_value(&tokenized.shares), 2_000_000);
}

#[test]
fn the_chain_refuses_more_than_is_delegated() {
    let mut chain = Chain::with_stake(&[(0, 1_000)]);
    let bob = user("bob");
    let msg = tokenize(&chain, 0, 1_001, bob.as_str());
    assert!(chain.order(&msg, &[]).is_err());
    assert_eq!(chain.staked(0), 1_000);
    assert!(chain.suite.app.tokenize_records().unwrap().is_empty());

    let err = chain
        .exec(&bob, &tokenize(&chain, 0, 1_000, bob.as_str()), &[])
        .unwrap_err();
    assert!(root(err).contains("may not tokenize"));
}
