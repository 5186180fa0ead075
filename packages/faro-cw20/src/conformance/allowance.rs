//! Allowances, and spending them: transfer, send and burn by a spender.

use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{Binary, Uint128};
use cw20::{
    AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceResponse, Cw20ExecuteMsg,
    Expiration,
};
use serde::Serialize;

use super::messages::{burn_from, decrease, increase, send_from, transfer_from};
use super::{addr, alice_allowing, allowance, ask, assert_hooked, assert_refusals, attr, balance};
use super::{exec, hook, refused, refused_at, stray_funds, Harness, Refusal};

/// cw20-base's query of the allowances given to a spender, which cw20 does not define.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum SpenderQuery {
    AllSpenderAllowances {
        spender: String,
        start_after: Option<String>,
        limit: Option<u32>,
    },
}

fn given_to(token: &impl Harness, spender: &str) -> AllSpenderAllowancesResponse {
    let msg = SpenderQuery::AllSpenderAllowances {
        spender: addr(spender).to_string(),
        start_after: None,
        limit: None,
    };
    ask(token, &msg)
}

fn given_by(token: &impl Harness, owner: &str) -> AllAllowancesResponse {
    let msg = cw20::Cw20QueryMsg::AllAllowances {
        owner: addr(owner).to_string(),
        start_after: None,
        limit: None,
    };
    ask(token, &msg)
}

pub(super) fn later() -> Expiration {
    Expiration::AtHeight(mock_env().block.height + 100)
}

pub fn allowances_rise_and_fall<T: Harness>() {
    let mut token = T::new();
    exec(&mut token, "alice", increase("bob", 100, Some(later()))).unwrap();
    exec(&mut token, "alice", increase("bob", 50, None)).unwrap();
    let expected = AllowanceResponse {
        allowance: Uint128::new(150),
        expires: later(),
    };
    assert_eq!(allowance(&token, "alice", "bob"), expected);
    let listed = given_to(&token, "bob").allowances;
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].owner.as_str(), listed[0].allowance),
        (addr("alice").as_str(), Uint128::new(150))
    );
    let listed = given_by(&token, "alice").allowances;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].spender, addr("bob").to_string());

    exec(&mut token, "alice", decrease("bob", 30)).unwrap();
    assert_eq!(
        allowance(&token, "alice", "bob").allowance,
        Uint128::new(120)
    );
    exec(&mut token, "alice", decrease("bob", 500)).unwrap();
    assert_eq!(
        allowance(&token, "alice", "bob"),
        AllowanceResponse::default()
    );
    assert!(
        given_to(&token, "bob").allowances.is_empty(),
        "gone from both views"
    );
    assert!(given_by(&token, "alice").allowances.is_empty());
}

pub fn allowance_refusals_change_nothing<T: Harness>() {
    let mut token = T::new();
    let past = Expiration::AtHeight(mock_env().block.height);
    let bad_spender = Cw20ExecuteMsg::IncreaseAllowance {
        spender: "BOB".to_string(),
        amount: Uint128::one(),
        expires: None,
    };
    let funds = stray_funds();
    let cases = [
        (increase("alice", 1, None), vec![], Refusal::OwnAccount),
        (decrease("alice", 1), vec![], Refusal::OwnAccount),
        (
            increase("bob", 1, Some(past)),
            vec![],
            Refusal::InvalidExpiration,
        ),
        (increase("bob", 1, None), funds.clone(), Refusal::Funds),
        (decrease("bob", 1), funds, Refusal::Funds),
        (bad_spender, vec![], Refusal::Malformed),
    ];
    assert_refusals(&mut token, "alice", cases);
    // cw20-base and Faro refuse it in their own words: see `allowance_refusals_are_typed`.
    refused(&mut token, "alice", &[], decrease("bob", 1));
}

pub fn transfer_from_spends_the_allowance<T: Harness>() {
    let mut token: T = alice_allowing(1_000, "pool", 300);

    let res = exec(&mut token, "pool", transfer_from("alice", "carol", 100)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer_from");
    assert_eq!(attr(&res, "from"), addr("alice").to_string());
    assert_eq!(attr(&res, "to"), addr("carol").to_string());
    assert_eq!(attr(&res, "by"), addr("pool").to_string());
    assert_eq!(
        (balance(&token, "alice"), balance(&token, "carol")),
        (900, 100)
    );
    assert_eq!(balance(&token, "pool"), 0);
    assert_eq!(
        allowance(&token, "alice", "pool").allowance,
        Uint128::new(200)
    );

    exec(&mut token, "pool", transfer_from("alice", "carol", 200)).unwrap();
    assert_eq!(
        allowance(&token, "alice", "pool"),
        AllowanceResponse::default()
    );
    assert_eq!(balance(&token, "carol"), 300);
}

pub fn a_failed_transfer_from_keeps_the_allowance<T: Harness>() {
    let mut token: T = alice_allowing(10, "pool", 100);
    let spend = |amount| transfer_from("alice", "carol", amount);
    let cases = [
        (spend(50), vec![], Refusal::Insufficient),
        (spend(0), vec![], Refusal::ZeroAmount),
        (spend(1), stray_funds(), Refusal::Funds),
    ];
    assert_refusals(&mut token, "pool", cases);
    let by_stranger = [(spend(1), vec![], Refusal::NoAllowance)];
    assert_refusals(&mut token, "mallory", by_stranger);
    // Beyond the allowance: cw20-base cannot tell it from a balance too small.
    refused(&mut token, "pool", &[], spend(101));
    assert_eq!(
        allowance(&token, "alice", "pool").allowance,
        Uint128::new(100)
    );
    assert_eq!(
        (balance(&token, "alice"), balance(&token, "carol")),
        (10, 0)
    );
}

pub fn an_expired_allowance_cannot_be_spent<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 10);
    let soon = Expiration::AtHeight(mock_env().block.height + 1);
    exec(&mut token, "alice", increase("pool", 5, Some(soon))).unwrap();
    let mut next_block = mock_env();
    next_block.block.height += 1;
    let spend = transfer_from("alice", "carol", 1);
    let refusal = refused_at(&mut token, next_block, "pool", &[], spend);
    assert_eq!(refusal, Refusal::Expired);
    // Still spendable in the block before.
    exec(&mut token, "pool", transfer_from("alice", "carol", 1)).unwrap();
    assert_eq!(balance(&token, "carol"), 1);
}

pub fn send_from_calls_the_hook_as_the_spender<T: Harness>() {
    let mut token: T = alice_allowing(100, "router", 60);
    let hooked = Binary::from(b"{}".to_vec());
    let msg = send_from("alice", "vault", 60, hooked.clone());
    let res = exec(&mut token, "router", msg.clone()).unwrap();
    assert_hooked(&res, "send_from", hook("router", 60, hooked, "vault"));
    assert_eq!(
        (balance(&token, "alice"), balance(&token, "vault")),
        (40, 60)
    );
    assert_eq!(
        allowance(&token, "alice", "router").allowance,
        Uint128::zero()
    );
    let nothing = send_from("alice", "vault", 0, Binary::default());
    assert_eq!(
        refused(&mut token, "router", &[], nothing),
        Refusal::ZeroAmount
    );
    // The allowance is spent: cw20-base and Faro refuse it in their own words.
    refused(&mut token, "router", &[], msg);
}

/// Where the burnt amount goes is each token's own rule; the allowance is spent alike.
pub fn burn_from_spends_the_allowance<T: Harness>() {
    let mut token: T = alice_allowing(100, "hub", 50);
    token.fund("bob", 100);
    let res = exec(&mut token, "hub", burn_from("alice", 50)).unwrap();
    assert_eq!(attr(&res, "action"), "burn_from");
    assert_eq!(attr(&res, "by"), addr("hub").to_string());
    assert!(balance(&token, "alice") < 100);
    assert_eq!(allowance(&token, "alice", "hub").allowance, Uint128::zero());
    refused(&mut token, "hub", &[], burn_from("alice", 1));
    let cases = [
        (burn_from("alice", 1), stray_funds(), Refusal::Funds),
        (burn_from("alice", 0), vec![], Refusal::ZeroAmount),
    ];
    assert_refusals(&mut token, "hub", cases);
}
