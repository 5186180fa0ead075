use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, Binary, Uint128};
use cw20::{AllowanceResponse, Cw20ReceiveMsg, Expiration};
use cw_utils::PaymentError;
use faro_cw20::AllowanceError;
use faro_types::heavy_lst::ExecuteMsg;

use super::{addr, attr, balance, exec, exec_paying, mint, set_index, setup, shares, TestDeps};
use super::{total_shares, total_supply};
use crate::error::ContractError;
use crate::query;

fn increase(spender: &str, amount: u128, expires: Option<Expiration>) -> ExecuteMsg {
    ExecuteMsg::IncreaseAllowance {
        spender: addr(spender).to_string(),
        amount: Uint128::new(amount),
        expires,
    }
}

fn decrease(spender: &str, amount: u128, expires: Option<Expiration>) -> ExecuteMsg {
    ExecuteMsg::DecreaseAllowance {
        spender: addr(spender).to_string(),
        amount: Uint128::new(amount),
        expires,
    }
}

fn transfer_from(owner: &str, to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::TransferFrom {
        owner: addr(owner).to_string(),
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

fn allowance(deps: &TestDeps, owner: &str, spender: &str) -> AllowanceResponse {
    query::allowance(
        deps.as_ref(),
        addr(owner).to_string(),
        addr(spender).to_string(),
    )
    .unwrap()
}

fn later() -> Expiration {
    Expiration::AtHeight(mock_env().block.height + 100)
}

#[test]
fn allowances_rise_and_fall_in_balance_units() {
    let mut deps = setup();
    let res = exec(&mut deps, "alice", increase("bob", 100, Some(later()))).unwrap();
    assert_eq!(attr(&res, "allowance"), "100");
    exec(&mut deps, "alice", increase("bob", 50, None)).unwrap();
    assert_eq!(
        allowance(&deps, "alice", "bob"),
        AllowanceResponse {
            allowance: Uint128::new(150),
            expires: later()
        }
    );
    let listed =
        query::all_spender_allowances(deps.as_ref(), addr("bob").to_string(), None, None).unwrap();
    assert_eq!(listed.allowances[0].allowance, Uint128::new(150));

    let res = exec(&mut deps, "alice", decrease("bob", 30, None)).unwrap();
    assert_eq!(attr(&res, "allowance"), "120");
    exec(&mut deps, "alice", decrease("bob", 500, None)).unwrap();
    assert_eq!(
        allowance(&deps, "alice", "bob"),
        AllowanceResponse::default()
    );
    let listed =
        query::all_spender_allowances(deps.as_ref(), addr("bob").to_string(), None, None).unwrap();
    assert!(listed.allowances.is_empty(), "removed from both views");
}

#[test]
fn allowance_errors_are_typed() {
    let mut deps = setup();
    assert_eq!(
        exec(&mut deps, "alice", increase("alice", 1, None)).unwrap_err(),
        ContractError::Allowance(AllowanceError::CannotSetOwnAccount)
    );
    assert_eq!(
        exec(&mut deps, "alice", decrease("alice", 1, None)).unwrap_err(),
        ContractError::Allowance(AllowanceError::CannotSetOwnAccount)
    );
    let past = Expiration::AtHeight(mock_env().block.height);
    assert_eq!(
        exec(&mut deps, "alice", increase("bob", 1, Some(past))).unwrap_err(),
        ContractError::Allowance(AllowanceError::InvalidExpiration { expires: past })
    );
    assert_eq!(
        exec(&mut deps, "alice", decrease("bob", 1, None)).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
    exec(&mut deps, "alice", increase("bob", u128::MAX, None)).unwrap();
    assert!(matches!(
        exec(&mut deps, "alice", increase("bob", 1, None)).unwrap_err(),
        ContractError::Allowance(AllowanceError::Overflow(_))
    ));
    for msg in [increase("bob", 1, None), decrease("bob", 1, None)] {
        assert_eq!(
            exec_paying(&mut deps, "alice", &coins(1, "uatom"), msg).unwrap_err(),
            ContractError::Payment(PaymentError::NonPayable {})
        );
    }
    let bad = ExecuteMsg::IncreaseAllowance {
        spender: "BOB".to_string(),
        amount: Uint128::one(),
        expires: None,
    };
    assert!(matches!(
        exec(&mut deps, "alice", bad).unwrap_err(),
        ContractError::Std(_)
    ));
}

#[test]
fn transfer_from_spends_the_allowance_and_moves_shares() {
    let mut deps = setup();
    mint(&mut deps, "alice", 1_000);
    set_index(&mut deps, "1.5");
    exec(&mut deps, "alice", increase("pool", 300, None)).unwrap();

    let res = exec(&mut deps, "pool", transfer_from("alice", "carol", 100)).unwrap();
    assert_eq!(attr(&res, "action"), "transfer_from");
    assert_eq!(attr(&res, "by"), addr("pool").to_string());
    assert_eq!((shares(&deps, "alice"), shares(&deps, "carol")), (933, 67));
    assert_eq!(balance(&deps, "carol"), 100);
    assert_eq!(
        allowance(&deps, "alice", "pool").allowance,
        Uint128::new(200)
    );

    exec(&mut deps, "pool", transfer_from("alice", "carol", 200)).unwrap();
    assert_eq!(
        allowance(&deps, "alice", "pool"),
        AllowanceResponse::default()
    );
}

#[test]
fn a_failed_transfer_from_keeps_the_allowance() {
    let mut deps = setup();
    mint(&mut deps, "alice", 10);
    exec(&mut deps, "alice", increase("pool", 100, None)).unwrap();
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 50)).unwrap_err(),
        ContractError::InsufficientShares {
            available: Uint128::new(10),
            needed: Uint128::new(50)
        }
    );
    assert_eq!(
        allowance(&deps, "alice", "pool").allowance,
        Uint128::new(100)
    );
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 101)).unwrap_err(),
        ContractError::Allowance(AllowanceError::InsufficientAllowance {
            allowance: Uint128::new(100),
            needed: Uint128::new(101)
        })
    );
    assert_eq!(
        exec(&mut deps, "mallory", transfer_from("alice", "carol", 1)).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
    assert_eq!(
        exec(&mut deps, "pool", transfer_from("alice", "carol", 0)).unwrap_err(),
        ContractError::ZeroAmount
    );
    assert_eq!(
        exec_paying(
            &mut deps,
            "pool",
            &coins(1, "uatom"),
            transfer_from("alice", "carol", 1)
        )
        .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    assert_eq!(shares(&deps, "alice"), 10);
}

#[test]
fn an_expired_allowance_cannot_be_spent() {
    let mut deps = setup();
    mint(&mut deps, "alice", 10);
    let soon = Expiration::AtHeight(mock_env().block.height + 1);
    exec(&mut deps, "alice", increase("pool", 5, Some(soon))).unwrap();
    let mut env = mock_env();
    env.block.height += 1;
    let info = cosmwasm_std::testing::message_info(&addr("pool"), &[]);
    let err =
        crate::contract::execute(deps.as_mut(), env, info, transfer_from("alice", "carol", 1))
            .unwrap_err();
    assert_eq!(
        err,
        ContractError::Allowance(AllowanceError::Expired { expires: soon })
    );
}

#[test]
fn send_from_calls_the_hook_as_the_spender() {
    let mut deps = setup();
    mint(&mut deps, "alice", 100);
    exec(&mut deps, "alice", increase("router", 60, None)).unwrap();
    let msg = ExecuteMsg::SendFrom {
        owner: addr("alice").to_string(),
        contract: addr("hub").to_string(),
        amount: Uint128::new(60),
        msg: Binary::from(b"{}".to_vec()),
    };
    let res = exec(&mut deps, "router", msg.clone()).unwrap();
    assert_eq!(attr(&res, "action"), "send_from");
    assert_eq!(shares(&deps, "hub"), 60);
    let expected = Cw20ReceiveMsg {
        sender: addr("router").to_string(),
        amount: Uint128::new(60),
        msg: Binary::from(b"{}".to_vec()),
    }
    .into_cosmos_msg(addr("hub").to_string())
    .unwrap();
    assert_eq!(res.messages[0].msg, expected);
    assert_eq!(
        exec(&mut deps, "router", msg).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
}

#[test]
fn burn_from_destroys_shares_within_the_allowance() {
    let mut deps = setup();
    mint(&mut deps, "alice", 100);
    set_index(&mut deps, "2");
    exec(&mut deps, "alice", increase("hub", 50, None)).unwrap();
    let msg = ExecuteMsg::BurnFrom {
        owner: addr("alice").to_string(),
        amount: Uint128::new(50),
    };
    let res = exec(&mut deps, "hub", msg.clone()).unwrap();
    assert_eq!(attr(&res, "shares"), "25");
    assert_eq!((shares(&deps, "alice"), total_shares(&deps)), (75, 75));
    assert_eq!(total_supply(&deps), 150);
    assert_eq!(
        exec(&mut deps, "hub", msg).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
}
