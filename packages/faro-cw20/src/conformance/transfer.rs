//! Transfer, send and burn by the holder.

use cosmwasm_std::{to_json_binary, Binary, Uint128};

use super::messages::{burn, send, transfer};
use super::{addr, assert_hooked, assert_refusals, attr, balance, exec, hook, stray_funds, supply};
use super::{Harness, Refusal};

pub fn transfer_moves_the_amount<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 100);
    let res = exec(&mut token, "alice", transfer("bob", 30)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer");
    assert_eq!(attr(&res, "from"), addr("alice").to_string());
    assert_eq!(attr(&res, "to"), addr("bob").to_string());
    assert_eq!(attr(&res, "amount"), "30");
    assert!(res.messages.is_empty());
    assert_eq!((balance(&token, "alice"), balance(&token, "bob")), (70, 30));
    assert_eq!(supply(&token), 100);
}

pub fn a_whole_balance_moves_and_moving_to_oneself_changes_nothing<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 9);
    exec(&mut token, "alice", transfer("bob", 9)).unwrap();
    assert_eq!((balance(&token, "alice"), balance(&token, "bob")), (0, 9));
    exec(&mut token, "bob", transfer("bob", 9)).unwrap();
    assert_eq!((balance(&token, "bob"), supply(&token)), (9, 9));
}

pub fn send_moves_then_calls_the_hook<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 100);
    let msg = to_json_binary(&"stake").unwrap();
    let res = exec(&mut token, "alice", send("vault", 30, msg.clone())).unwrap();
    assert_hooked(&res, "send", hook("alice", 30, msg, "vault"));
    assert_eq!(
        (balance(&token, "alice"), balance(&token, "vault")),
        (70, 30)
    );

    // Sent to oneself, the hook still goes out.
    let res = exec(&mut token, "alice", send("alice", 1, Binary::default())).unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(balance(&token, "alice"), 70);
}

pub fn transfer_refusals_change_nothing<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 10);
    let funds = stray_funds();
    let cases = [
        (transfer("bob", 0), vec![], Refusal::ZeroAmount),
        (transfer("bob", 11), vec![], Refusal::Insufficient),
        (transfer("bob", 1), funds, Refusal::Funds),
        (
            send("vault", 0, Binary::default()),
            vec![],
            Refusal::ZeroAmount,
        ),
        (
            send("vault", 11, Binary::default()),
            vec![],
            Refusal::Insufficient,
        ),
        (
            cw20::Cw20ExecuteMsg::Transfer {
                recipient: "BOB".to_string(),
                amount: Uint128::one(),
            },
            vec![],
            Refusal::Malformed,
        ),
    ];
    assert_refusals(&mut token, "alice", cases);
    assert_eq!((balance(&token, "alice"), balance(&token, "bob")), (10, 0));
}

pub fn burn_refusals_change_nothing<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 10);
    let cases = [
        (burn(0), vec![], Refusal::ZeroAmount),
        (burn(11), vec![], Refusal::Insufficient),
        (burn(1), stray_funds(), Refusal::Funds),
    ];
    assert_refusals(&mut token, "alice", cases);
    assert_eq!((balance(&token, "alice"), supply(&token)), (10, 10));
}
