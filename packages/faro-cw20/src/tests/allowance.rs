use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, Uint128};
use cw20::{AllowanceResponse, Expiration};
use cw_utils::PaymentError;

use super::{addr, attrs, raw, run, setup, ContractError, MockDeps};
use crate::execute::{update_allowance, AllowanceChange};
use crate::query;
use crate::AllowanceError;

fn change(
    deps: &mut MockDeps,
    owner: &str,
    spender: &str,
    amount: u128,
    up: bool,
) -> Result<cosmwasm_std::Response, ContractError> {
    let spender = addr(spender).to_string();
    run(deps, owner, &[], |d, e, i| {
        let amount = Uint128::new(amount);
        let change = if up {
            AllowanceChange::Increase
        } else {
            AllowanceChange::Decrease
        };
        update_allowance(d, e, i, change, spender, amount, None)
    })
}

fn both_views(deps: &MockDeps, owner: &str, spender: &str) -> (Uint128, usize) {
    let (owner, spender) = (addr(owner).to_string(), addr(spender).to_string());
    let one = query::allowance(deps.as_ref(), owner, spender.clone()).unwrap();
    let listed = query::all_spender_allowances(deps.as_ref(), spender, None, None).unwrap();
    (one.allowance, listed.allowances.len())
}

#[test]
fn allowances_rise_fall_and_leave_both_views() {
    let mut deps = setup();
    let res = change(&mut deps, "alice", "bob", 100, true).unwrap();
    let (alice, bob) = (addr("alice").to_string(), addr("bob").to_string());
    assert_eq!(
        attrs(&res),
        [
            ("action", "increase_allowance"),
            ("owner", alice.as_str()),
            ("spender", bob.as_str()),
            ("amount", "100"),
            ("allowance", "100")
        ]
    );
    assert_eq!(both_views(&deps, "alice", "bob"), (Uint128::new(100), 1));
    let res = change(&mut deps, "alice", "bob", 40, false).unwrap();
    assert_eq!(res.attributes[4].value, "60");
    change(&mut deps, "alice", "bob", 60, false).unwrap();
    assert_eq!(both_views(&deps, "alice", "bob"), (Uint128::zero(), 0));
}

#[test]
fn allowance_refusals_are_typed_and_write_nothing() {
    let mut deps = setup();
    let stored = raw(&deps.storage);
    assert_eq!(
        change(&mut deps, "alice", "alice", 1, true).unwrap_err(),
        ContractError::Allowance(AllowanceError::CannotSetOwnAccount)
    );
    assert_eq!(
        change(&mut deps, "alice", "bob", 1, false).unwrap_err(),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
    let past = Expiration::AtHeight(mock_env().block.height);
    let bob = addr("bob").to_string();
    let expired = run(&mut deps, "alice", &[], |d, e, i| {
        update_allowance(
            d,
            e,
            i,
            AllowanceChange::Increase,
            bob.clone(),
            Uint128::one(),
            Some(past),
        )
    });
    assert_eq!(
        expired.unwrap_err(),
        ContractError::Allowance(AllowanceError::InvalidExpiration { expires: past })
    );
    let paid = run(&mut deps, "alice", &coins(1, "uatom"), |d, e, i| {
        update_allowance(
            d,
            e,
            i,
            AllowanceChange::Increase,
            bob.clone(),
            Uint128::one(),
            None,
        )
    });
    assert_eq!(
        paid.unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    let bad = run(&mut deps, "alice", &[], |d, e, i| {
        update_allowance(
            d,
            e,
            i,
            AllowanceChange::Decrease,
            "BOB".to_string(),
            Uint128::one(),
            None,
        )
    });
    assert!(matches!(bad.unwrap_err(), ContractError::Std(_)));
    assert_eq!(raw(&deps.storage), stored);
    assert_eq!(
        query::allowance(deps.as_ref(), addr("alice").into(), bob).unwrap(),
        AllowanceResponse::default()
    );
}
