use cosmwasm_std::{to_json_binary, CosmosMsg, Uint128};
use cw20::Cw20ReceiveMsg;
use faro_types::heavy_lst::ExecuteMsg;

use super::{
    addr, approved, assert_refused, attr, balance, exec, shares, token_at, total_shares,
    total_supply,
};
use crate::error::ContractError;

fn transfer(to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::Transfer {
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

#[test]
fn a_transfer_moves_shares_rounded_up() {
    let mut deps = token_at("1.5", &[("alice", 1_000)]);

    let res = exec(&mut deps, "alice", transfer("bob", 100)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer");
    assert_eq!(attr(&res, "shares"), "67");
    assert_eq!((shares(&deps, "alice"), shares(&deps, "bob")), (933, 67));
    // The recipient gets at least the amount, the sender pays at least the amount.
    assert_eq!(
        (balance(&deps, "alice"), balance(&deps, "bob")),
        (1_399, 100)
    );
    assert_eq!(total_shares(&deps), 1_000);
    assert_eq!(total_supply(&deps), 1_500);
}

#[test]
fn a_whole_balance_can_be_moved() {
    let mut deps = token_at("1.3", &[("alice", 7)]);
    let all = balance(&deps, "alice");
    assert_eq!(all, 9);
    exec(&mut deps, "alice", transfer("bob", all)).unwrap();
    assert_eq!(balance(&deps, "bob"), 9);
    assert_eq!(shares(&deps, "alice"), 0);
}

#[test]
fn more_than_held_is_refused_in_shares() {
    let mut deps = approved("2", 10, "pool", 100);
    // 21 needs ⌈21 ÷ 2⌉ = 11 shares.
    let needs_eleven = ContractError::InsufficientShares {
        available: Uint128::new(10),
        needed: Uint128::new(11),
    };
    assert_refused(&mut deps, "alice", transfer("bob", 21), needs_eleven);
    let spend = ExecuteMsg::TransferFrom {
        owner: addr("alice").to_string(),
        recipient: addr("carol").to_string(),
        amount: Uint128::new(50),
    };
    let needs_twenty_five = ContractError::InsufficientShares {
        available: Uint128::new(10),
        needed: Uint128::new(25),
    };
    assert_refused(&mut deps, "pool", spend, needs_twenty_five);
    assert_eq!((shares(&deps, "alice"), shares(&deps, "bob")), (10, 0));
}

#[test]
fn send_moves_shares_and_the_hook_carries_the_amount() {
    let mut deps = token_at("1.5", &[("alice", 1_000)]);
    let hook = to_json_binary(&"unbond").unwrap();
    let msg = ExecuteMsg::Send {
        contract: addr("hub").to_string(),
        amount: Uint128::new(300),
        msg: hook.clone(),
    };
    let res = exec(&mut deps, "alice", msg).unwrap();
    assert_eq!(attr(&res, "shares"), "200");
    assert_eq!(shares(&deps, "hub"), 200);
    let expected: CosmosMsg = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(300),
        msg: hook,
    }
    .into_cosmos_msg(addr("hub").to_string())
    .unwrap();
    assert_eq!(res.messages[0].msg, expected, "the amount, not the shares");
}

#[test]
fn transfer_shares_moves_exactly_the_shares() {
    let mut deps = token_at("1.5", &[("wrapper", 10)]);
    let to_alice = |shares: u128| ExecuteMsg::TransferShares {
        recipient: addr("alice").to_string(),
        shares: Uint128::new(shares),
    };
    let res = exec(&mut deps, "wrapper", to_alice(3)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer_shares");
    assert_eq!(attr(&res, "amount"), "4");
    assert_eq!((shares(&deps, "wrapper"), shares(&deps, "alice")), (7, 3));

    let one_too_many = ContractError::InsufficientShares {
        available: Uint128::new(7),
        needed: Uint128::new(8),
    };
    assert_refused(&mut deps, "wrapper", to_alice(8), one_too_many);
    assert_refused(&mut deps, "wrapper", to_alice(0), ContractError::ZeroAmount);
}
