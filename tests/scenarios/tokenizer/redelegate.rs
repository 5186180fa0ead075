use cosmwasm_std::Uint128;
use faro_testing::chain::DENOM;
use faro_testing::lsm::LsmChain;
use faro_types::lsm_tokenizer::Order;

use super::{root, Chain};

fn redelegate(chain: &Chain, src: usize, dst: usize, amount: u128) -> Order {
    Order::Redelegate {
        src: chain.validator(src),
        dst: chain.validator(dst),
        amount: Uint128::new(amount),
    }
}

#[test]
fn stake_moves_without_unbonding() {
    let mut chain = Chain::with_stake(&[(0, 1_000_000)]);
    chain
        .order(&redelegate(&chain, 0, 2, 300_000), &[])
        .unwrap();
    assert_eq!(chain.staked(0), 700_000);
    assert_eq!(chain.staked(2), 300_000);
    let entries = chain
        .suite
        .app
        .redelegation_entries(&chain.tokenizer, &chain.validator(0), &chain.validator(2))
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].initial_balance, Uint128::new(300_000));
    assert_eq!(chain.balance(&chain.tokenizer, DENOM), 0);
}

#[test]
fn refuses_a_move_to_the_same_validator() {
    let mut chain = Chain::with_stake(&[(0, 1_000)]);
    let err = chain.order(&redelegate(&chain, 0, 0, 1), &[]).unwrap_err();
    assert!(root(err).contains("to itself"));
    assert_eq!(chain.staked(0), 1_000);
}
