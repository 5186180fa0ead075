//! The standard cw20 messages, handled by cw20-base, through the wrapper's entry point.
//! cw20-base's own tests cover their rules and the conformance suite the wiring (see
//! `conformance.rs`); these check what is the wrapper's: wstTOKEN never rebase, and a burn
//! leaves surplus shares.

use cosmwasm_std::Uint128;
use cw20::AllowanceResponse;
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};

use super::{addr, attr, Wrapper};

fn transfer(to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::Transfer {
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

fn allowance(wrapper: &Wrapper, owner: &str, spender: &str) -> Uint128 {
    let msg = QueryMsg::Allowance {
        owner: addr(owner).to_string(),
        spender: addr(spender).to_string(),
    };
    wrapper.ask::<AllowanceResponse>(msg).allowance
}

#[test]
fn balances_do_not_rebase_and_a_burn_from_leaves_surplus_shares() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 100, None).unwrap();
    wrapper.set_index("2");
    wrapper.exec("alice", transfer("bob", 30)).unwrap();
    assert_eq!((wrapper.balance("alice"), wrapper.balance("bob")), (70, 30));

    let increase = ExecuteMsg::IncreaseAllowance {
        spender: addr("pool").to_string(),
        amount: Uint128::new(40),
        expires: None,
    };
    wrapper.exec("alice", increase).unwrap();
    let burn_from = ExecuteMsg::BurnFrom {
        owner: addr("alice").to_string(),
        amount: Uint128::new(5),
    };
    wrapper.exec("pool", burn_from).unwrap();
    assert_eq!(allowance(&wrapper, "alice", "pool"), Uint128::new(35));
    assert_eq!(wrapper.balance("alice"), 65);
    assert_eq!(wrapper.supply(), 95, "BurnFrom lowers the supply");
    assert_eq!(wrapper.wrapper_shares(), 100, "its shares stay as surplus");
}

#[test]
fn burning_leaves_the_shares_as_surplus() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 10, None).unwrap();
    let burn = ExecuteMsg::Burn {
        amount: Uint128::new(4),
    };
    let res = wrapper.exec("alice", burn).unwrap();
    assert_eq!(attr(&res, "action"), "burn");
    assert_eq!((wrapper.balance("alice"), wrapper.supply()), (6, 6));
    assert_eq!(wrapper.wrapper_shares(), 10);
    // The next wrap mints only what it brings.
    let res = wrapper.wrap("bob", 5, None).unwrap();
    assert_eq!(attr(&res, "surplus"), "4");
    assert_eq!((wrapper.balance("bob"), wrapper.supply()), (5, 11));
}
