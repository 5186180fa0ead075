//! Allowances are in balance units: a spender moves or burns the shares its amount is worth.
//! The cw20 rules themselves are the shared conformance suite's (see `conformance.rs`).

use cosmwasm_std::Uint128;
use faro_cw20::AllowanceError;
use faro_types::heavy_lst::ExecuteMsg;

use super::{addr, approved, attr, balance, exec, shares, total_shares, total_supply};
use crate::error::ContractError;

#[test]
fn transfer_from_moves_the_shares_the_amount_is_worth() {
    let mut deps = approved("1.5", 1_000, "pool", 300);
    let msg = ExecuteMsg::TransferFrom {
        owner: addr("alice").to_string(),
        recipient: addr("carol").to_string(),
        amount: Uint128::new(100),
    };
    let res = exec(&mut deps, "pool", msg).unwrap();
    assert_eq!(attr(&res, "shares"), "67");
    assert_eq!((shares(&deps, "alice"), shares(&deps, "carol")), (933, 67));
    assert_eq!(balance(&deps, "carol"), 100);
}

#[test]
fn burn_from_destroys_shares_within_the_allowance() {
    let mut deps = approved("2", 100, "hub", 50);
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
