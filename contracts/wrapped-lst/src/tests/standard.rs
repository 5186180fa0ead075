//! The standard cw20 messages, handled by cw20-base, through the wrapper's entry point.
//! cw20-base's own tests cover their rules; these check the wiring and what is the
//! wrapper's: wstTOKEN never rebase, nothing takes funds, a burn leaves surplus shares.

use cosmwasm_std::{coins, Binary, Uint128};
use cw20::{AllowanceResponse, Cw20ReceiveMsg};
use cw_utils::PaymentError;
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};

use super::{addr, attr, Wrapper};
use crate::error::ContractError;

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
fn transfer_send_and_allowances_work_through_the_wrapper() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 100, None).unwrap();
    wrapper.set_index("2");

    let res = wrapper.exec("alice", transfer("bob", 30)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer");
    assert_eq!((wrapper.balance("alice"), wrapper.balance("bob")), (70, 30));

    let stake = Binary::from(b"{\"stake\":{}}".to_vec());
    let send = ExecuteMsg::Send {
        contract: addr("prover_pool").to_string(),
        amount: Uint128::new(10),
        msg: stake.clone(),
    };
    let res = wrapper.exec("alice", send).unwrap();
    let hook = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(10),
        msg: stake,
    }
    .into_cosmos_msg(addr("prover_pool").to_string())
    .unwrap();
    assert_eq!(res.messages.len(), 1);
    assert_eq!(res.messages[0].msg, hook);
    assert_eq!(wrapper.balance("prover_pool"), 10);

    let increase = ExecuteMsg::IncreaseAllowance {
        spender: addr("pool").to_string(),
        amount: Uint128::new(40),
        expires: None,
    };
    wrapper.exec("alice", increase).unwrap();
    let transfer_from = ExecuteMsg::TransferFrom {
        owner: addr("alice").to_string(),
        recipient: addr("carol").to_string(),
        amount: Uint128::new(15),
    };
    let res = wrapper.exec("pool", transfer_from).unwrap();
    assert_eq!(attr(&res, "by"), addr("pool").to_string());
    let send_from = ExecuteMsg::SendFrom {
        owner: addr("alice").to_string(),
        contract: addr("vault").to_string(),
        amount: Uint128::new(5),
        msg: Binary::default(),
    };
    let res = wrapper.exec("pool", send_from).unwrap();
    assert_eq!(res.messages.len(), 1);
    let burn_from = ExecuteMsg::BurnFrom {
        owner: addr("alice").to_string(),
        amount: Uint128::new(5),
    };
    wrapper.exec("pool", burn_from).unwrap();
    assert_eq!(allowance(&wrapper, "alice", "pool"), Uint128::new(15));
    let decrease = ExecuteMsg::DecreaseAllowance {
        spender: addr("pool").to_string(),
        amount: Uint128::new(10),
        expires: None,
    };
    wrapper.exec("alice", decrease).unwrap();
    assert_eq!(allowance(&wrapper, "alice", "pool"), Uint128::new(5));

    assert_eq!(
        (
            wrapper.balance("alice"),
            wrapper.balance("carol"),
            wrapper.balance("vault")
        ),
        (35, 15, 5)
    );
    assert_eq!(wrapper.supply(), 95, "BurnFrom lowers the supply");
    assert_eq!(wrapper.wrapper_shares(), 100, "its shares stay as surplus");
}

#[test]
fn cw20_base_refusals_come_through_typed() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 10, None).unwrap();
    assert!(matches!(
        wrapper.exec("alice", transfer("bob", 11)).unwrap_err(),
        ContractError::Cw20(cw20_base::ContractError::Std(_))
    ));
    let from_stranger = ExecuteMsg::TransferFrom {
        owner: addr("alice").to_string(),
        recipient: addr("bob").to_string(),
        amount: Uint128::one(),
    };
    assert_eq!(
        wrapper.exec("pool", from_stranger).unwrap_err(),
        ContractError::Cw20(cw20_base::ContractError::NoAllowance {})
    );
    assert_eq!(
        wrapper
            .exec_paying("alice", &coins(1, "uatom"), transfer("bob", 1))
            .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!((wrapper.balance("alice"), wrapper.balance("bob")), (10, 0));
}

#[test]
fn zero_amounts_are_refused_before_cw20_base_sees_them() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 10, None).unwrap();
    let owner = addr("alice").to_string();
    let zero = Uint128::zero();
    let movements = [
        transfer("bob", 0),
        ExecuteMsg::Burn { amount: zero },
        ExecuteMsg::Send {
            contract: addr("pool").to_string(),
            amount: zero,
            msg: Binary::default(),
        },
        ExecuteMsg::TransferFrom {
            owner: owner.clone(),
            recipient: addr("bob").to_string(),
            amount: zero,
        },
        ExecuteMsg::SendFrom {
            owner: owner.clone(),
            contract: addr("pool").to_string(),
            amount: zero,
            msg: Binary::default(),
        },
        ExecuteMsg::BurnFrom {
            owner,
            amount: zero,
        },
    ];
    for msg in movements {
        assert_eq!(
            wrapper.exec("alice", msg.clone()).unwrap_err(),
            ContractError::ZeroAmount,
            "{msg:?}"
        );
    }
    assert_eq!((wrapper.balance("alice"), wrapper.supply()), (10, 10));
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
