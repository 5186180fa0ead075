use cosmwasm_std::{Decimal256, Uint128, Uint256};
use faro_types::heavy_lst::ExecuteMsg;

use super::{
    addr, assert_malformed, assert_refused, assert_refuses_funds, assert_shares_worth, attr,
    balance, exec, mint, raw, set_index,
};
use super::{mint_shares_msg, setup, shares, token_at, total_shares, total_supply};
use crate::error::ContractError;

#[test]
fn the_hub_mints_exactly_the_shares() {
    let mut deps = token_at("1.5", &[("alice", 1_000)]);

    let res = exec(&mut deps, "hub", mint_shares_msg("bob", 333)).unwrap();
    assert_eq!(attr(&res, "action"), "mint_shares");
    assert_eq!(attr(&res, "to"), addr("bob").to_string());
    // ⌊333 × 1.5⌋ = 499.
    assert_shares_worth(&res, "333", "499", "1.5");
    assert!(res.messages.is_empty());
    assert_eq!((shares(&deps, "bob"), total_shares(&deps)), (333, 1_333));
    assert_eq!(balance(&deps, "bob"), 499);
    assert_eq!(total_supply(&deps), 1_999);

    // More shares for the same holder add up exactly.
    exec(&mut deps, "hub", mint_shares_msg("bob", 1)).unwrap();
    assert_eq!((shares(&deps, "bob"), total_shares(&deps)), (334, 1_334));
    assert_eq!(balance(&deps, "bob"), 501);
}

#[test]
fn the_balance_follows_the_index() {
    let mut deps = setup();
    exec(&mut deps, "hub", mint_shares_msg("alice", 333)).unwrap();
    assert_eq!(balance(&deps, "alice"), 333);

    set_index(&mut deps, "1.37");
    // ⌊333 × 1.37⌋ = ⌊456.21⌋.
    assert_eq!(
        (shares(&deps, "alice"), balance(&deps, "alice")),
        (333, 456)
    );
    set_index(&mut deps, "0.9");
    // ⌊333 × 0.9⌋ = ⌊299.7⌋.
    assert_eq!(
        (shares(&deps, "alice"), balance(&deps, "alice")),
        (333, 299)
    );
    assert_eq!(total_supply(&deps), 299);
}

#[test]
fn only_the_hub_mints_shares_without_funds() {
    let mut deps = setup();
    mint(&mut deps, "alice", 10);
    let stored = raw(&deps.storage);

    let err = exec(&mut deps, "alice", mint_shares_msg("alice", 5)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Unauthorized {
            sender: addr("alice"),
            action: "mint shares"
        }
    );
    assert_refuses_funds(&mut deps, "hub", mint_shares_msg("alice", 5));
    assert_eq!(raw(&deps.storage), stored);
}

#[test]
fn refuses_zero_shares_and_malformed_recipients() {
    let mut deps = setup();
    let zero = mint_shares_msg("alice", 0);
    assert_refused(&mut deps, "hub", zero, ContractError::ZeroAmount);
    let bad = ExecuteMsg::MintShares {
        recipient: "ALICE".to_string(),
        shares: Uint128::new(10),
    };
    assert_malformed(&mut deps, bad);
}

#[test]
fn refuses_a_supply_beyond_a_cw20_amount() {
    let mut deps = setup();
    let huge = Decimal256::from_ratio(Uint256::from(u128::MAX), 2u128);
    exec(&mut deps, "hub", ExecuteMsg::SetIndex { index: huge }).unwrap();
    exec(&mut deps, "hub", mint_shares_msg("alice", 2)).unwrap();
    assert_eq!(total_supply(&deps), u128::MAX);
    let beyond = ContractError::SupplyOverflow {
        total_shares: Uint128::new(3),
        index: huge,
    };
    assert_refused(&mut deps, "hub", mint_shares_msg("bob", 1), beyond);

    // At a tiny index the shares themselves run out of room.
    let mut deps = setup();
    set_index(&mut deps, "0.000000000000000001");
    exec(&mut deps, "hub", mint_shares_msg("alice", u128::MAX)).unwrap();
    let stored = raw(&deps.storage);
    let err = exec(&mut deps, "hub", mint_shares_msg("bob", 1)).unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)), "{err:?}");
    assert_eq!(raw(&deps.storage), stored);
}
