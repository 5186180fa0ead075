use cosmwasm_std::Uint128;

use super::{addr, run, setup, BALANCES};
use crate::execute::{update_allowance, AllowanceChange};
use crate::query;

#[test]
fn accounts_and_allowances_page_in_address_order() {
    let mut deps = setup();
    let mut names: Vec<String> = ["a", "b", "c", "d"]
        .iter()
        .map(|n| addr(n).to_string())
        .collect();
    for name in &names {
        let holder = cosmwasm_std::Api::addr_validate(&deps.api, name).unwrap();
        BALANCES
            .save(&mut deps.storage, &holder, &Uint128::one())
            .unwrap();
        let spender = name.clone();
        run(&mut deps, "alice", &[], |d, e, i| {
            update_allowance(
                d,
                e,
                i,
                AllowanceChange::Increase,
                spender,
                Uint128::one(),
                None,
            )
        })
        .unwrap();
    }
    names.sort();

    let first = query::all_accounts(deps.as_ref(), BALANCES, None, Some(2)).unwrap();
    assert_eq!(first.accounts.len(), 2);
    let after = first.accounts[1].clone();
    let rest = query::all_accounts(deps.as_ref(), BALANCES, Some(after), None).unwrap();
    assert_eq!(
        first.accounts.len() + rest.accounts.len(),
        5,
        "four and alice"
    );

    let alice = addr("alice").to_string();
    let page = query::all_allowances(
        deps.as_ref(),
        alice.clone(),
        Some(names[0].clone()),
        Some(2),
    )
    .unwrap();
    let spenders: Vec<_> = page.allowances.iter().map(|a| a.spender.clone()).collect();
    assert_eq!(spenders, names[1..3]);
    let theirs =
        query::all_spender_allowances(deps.as_ref(), names[3].clone(), None, None).unwrap();
    assert_eq!(theirs.allowances[0].owner, alice);
    assert!(query::all_accounts(deps.as_ref(), BALANCES, Some("BAD".into()), None).is_err());
}
