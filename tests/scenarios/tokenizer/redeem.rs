use cosmwasm_std::{from_json, Decimal, Uint128};
use cw_multi_test::Executor;
use faro_testing::lsm::LsmChain;
use faro_types::liquid::parse_share_denom;
use faro_types::lsm_tokenizer::{Order, Redeemed};

use super::{root, user, Chain};

/// The hub redeems the shares `alice` tokenized at validator `index` and gave it; the
/// shares and the answer.
fn alice_gives_and_hub_redeems(
    chain: &mut Chain,
    index: usize,
    amount: u128,
    slash: Option<Decimal>,
) -> (cosmwasm_std::Coin, u128, Redeemed) {
    let alice = user("alice");
    let shares = chain.user_shares(&alice, index, amount);
    let hub = chain.hub.clone();
    chain
        .suite
        .app
        .send_tokens(alice, hub.clone(), std::slice::from_ref(&shares))
        .unwrap();
    if let Some(fraction) = slash {
        let validator = chain.validator(index);
        chain.suite.app.slash(&validator, fraction).unwrap();
    }
    let value = chain.share_value(&shares);
    let res = chain
        .order(&Order::Redeem {}, std::slice::from_ref(&shares))
        .unwrap();
    let redeemed: Redeemed = from_json(res.data.unwrap()).unwrap();
    (shares, value, redeemed)
}

#[test]
fn redeemed_shares_become_the_tokenizers_delegation() {
    let mut chain = Chain::start();
    let (tokenizer, hub) = (chain.tokenizer.clone(), chain.hub.clone());
    let (shares, value, redeemed) = alice_gives_and_hub_redeems(&mut chain, 1, 2_000_000, None);
    assert_eq!(
        parse_share_denom(&shares.denom).unwrap().0,
        chain.validator(1)
    );
    assert_eq!(value, 2_000_000);
    assert_eq!(
        redeemed,
        Redeemed {
            validator: chain.validator(1),
            amount: Uint128::new(value)
        }
    );
    assert_eq!(chain.staked(1), value);
    assert_eq!(chain.balance(&hub, &shares.denom), 0);
    assert_eq!(chain.balance(&tokenizer, &shares.denom), 0);
    // Every share redeemed: the record is gone.
    assert!(chain.suite.app.tokenize_records().unwrap().is_empty());
}

#[test]
fn a_redemption_after_a_slash_is_worth_the_slashed_rate() {
    let mut chain = Chain::start();
    let tenth = Some(Decimal::percent(10));
    let (_, value, redeemed) = alice_gives_and_hub_redeems(&mut chain, 0, 1_000_000, tenth);
    assert_eq!(value, 900_000);
    assert_eq!(redeemed.amount, Uint128::new(value));
    assert_eq!(redeemed.validator, chain.validator(0));
    assert_eq!(chain.staked(0), value);
}

#[test]
fn a_partial_redemption_leaves_the_rest_with_its_holder() {
    let mut chain = Chain::start();
    let hub = chain.hub.clone();
    let alice = user("alice");
    let shares = chain.user_shares(&alice, 2, 1_000_000);
    let part = cosmwasm_std::coin(250_000, &shares.denom);
    chain
        .suite
        .app
        .send_tokens(alice.clone(), hub.clone(), std::slice::from_ref(&part))
        .unwrap();
    let res = chain
        .order(&Order::Redeem {}, std::slice::from_ref(&part))
        .unwrap();
    let redeemed: Redeemed = from_json(res.data.unwrap()).unwrap();
    assert_eq!(redeemed.amount, Uint128::new(250_000));
    assert_eq!(chain.staked(2), 250_000);
    assert_eq!(chain.balance(&alice, &shares.denom), 750_000);
    assert_eq!(chain.suite.app.tokenize_records().unwrap().len(), 1);
}

#[test]
fn only_the_hub_redeems() {
    let mut chain = Chain::start();
    let alice = user("alice");
    let shares = chain.user_shares(&alice, 0, 1_000);
    let err = chain
        .exec(&alice, &Order::Redeem {}, std::slice::from_ref(&shares))
        .unwrap_err();
    assert!(root(err).contains("may not redeem"));
    assert_eq!(chain.balance(&alice, &shares.denom), shares.amount.u128());
}
