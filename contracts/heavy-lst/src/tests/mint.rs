use cosmwasm_std::{from_json, Decimal256, Uint128, Uint256};
use faro_types::heavy_lst::{ExecuteMsg, SharesResponse};

use super::{
    addr, assert_malformed, assert_refused, assert_refuses_funds, attr, balance, dec, exec, mint,
    set_index, setup, shares,
};
use super::{mint_msg, total_shares, total_supply};
use crate::error::ContractError;

#[test]
fn the_hub_mints_shares_rounded_down() {
    let mut deps = setup();
    mint(&mut deps, "alice", 1_000);
    assert_eq!(
        (shares(&deps, "alice"), balance(&deps, "alice")),
        (1_000, 1_000)
    );

    set_index(&mut deps, "1.5");
    let res = exec(&mut deps, "hub", mint_msg("bob", 1_000)).unwrap();
    // ⌊1000 ÷ 1.5⌋ = 666 shares, worth 999: rounding never creates value.
    assert_eq!(attr(&res, "action"), "mint");
    assert_eq!(attr(&res, "shares"), "666");
    assert_eq!(attr(&res, "index"), "1.5");
    let data: SharesResponse = from_json(res.data.unwrap()).unwrap();
    assert_eq!(data.shares, Uint128::new(666));
    assert_eq!((shares(&deps, "bob"), balance(&deps, "bob")), (666, 999));
    assert_eq!(total_shares(&deps), 1_666);
    assert_eq!(total_supply(&deps), 2_499);
}

#[test]
fn only_the_hub_mints() {
    let mut deps = setup();
    let err = exec(&mut deps, "alice", mint_msg("alice", 5)).unwrap_err();
    assert_eq!(
        err,
        ContractError::Unauthorized {
            sender: addr("alice"),
            action: "mint"
        }
    );
    assert_refuses_funds(&mut deps, "hub", mint_msg("alice", 5));
    assert_eq!(total_shares(&deps), 0);
}

#[test]
fn refuses_zero_dust_and_malformed_recipients() {
    let mut deps = setup();
    assert_refused(
        &mut deps,
        "hub",
        mint_msg("alice", 0),
        ContractError::ZeroAmount,
    );
    set_index(&mut deps, "2");
    let dust = ContractError::RoundsToZeroShares {
        amount: Uint128::one(),
        index: dec("2"),
    };
    assert_refused(&mut deps, "hub", mint_msg("alice", 1), dust);
    let bad = ExecuteMsg::Mint {
        recipient: "ALICE".to_string(),
        amount: Uint128::new(10),
    };
    assert_malformed(&mut deps, bad);
    assert_eq!(total_shares(&deps), 0);
}

#[test]
fn refuses_a_supply_beyond_a_cw20_amount() {
    let mut deps = setup();
    let huge = Decimal256::from_ratio(Uint256::from(u128::MAX), 2u128);
    exec(&mut deps, "hub", ExecuteMsg::SetIndex { index: huge }).unwrap();
    let mut msg = mint_msg("alice", u128::MAX);
    exec(&mut deps, "hub", msg.clone()).unwrap();
    assert_eq!(shares(&deps, "alice"), 2);
    let err = exec(&mut deps, "hub", msg.clone()).unwrap_err();
    assert_eq!(
        err,
        ContractError::SupplyOverflow {
            total_shares: Uint128::new(4),
            index: huge
        }
    );

    // At a tiny index the shares themselves run out of room.
    let mut deps = setup();
    set_index(&mut deps, "0.000000000000000001");
    msg = mint_msg("alice", 300_000_000_000_000_000_000);
    exec(&mut deps, "hub", msg.clone()).unwrap();
    let err = exec(&mut deps, "hub", msg).unwrap_err();
    assert!(matches!(err, ContractError::Overflow(_)), "{err:?}");
    assert_eq!(
        shares(&deps, "alice"),
        300_000_000_000_000_000_000 * 10u128.pow(18)
    );
}
