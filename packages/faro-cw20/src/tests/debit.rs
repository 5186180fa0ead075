use cosmwasm_std::{coins, Binary, Uint128};
use cw20::Cw20ReceiveMsg;
use cw_utils::PaymentError;

use super::{addr, attrs, balance_of, raw, run, setup, ContractError, MockDeps, Plain};
use crate::execute::{
    burn, burn_from, send, send_from, transfer, transfer_from, update_allowance, AllowanceChange,
};
use crate::AllowanceError;

fn approve(deps: &mut MockDeps, owner: &str, spender: &str, amount: u128) {
    let spender = addr(spender).to_string();
    run(deps, owner, &[], |d, e, i| {
        update_allowance(
            d,
            e,
            i,
            AllowanceChange::Increase,
            spender,
            Uint128::new(amount),
            None,
        )
    })
    .unwrap();
}

fn held(deps: &MockDeps, name: &str) -> u128 {
    balance_of(&deps.storage, &addr(name)).u128()
}

#[test]
fn a_transfer_moves_through_the_ledger_and_reports_in_order() {
    let mut deps = setup();
    let (alice, bob) = (addr("alice").to_string(), addr("bob").to_string());
    let res = run(&mut deps, "alice", &[], |d, _, i| {
        transfer::<Plain>(d, i, bob.clone(), Uint128::new(30))
    })
    .unwrap();
    assert_eq!(
        attrs(&res),
        [
            ("action", "transfer"),
            ("from", alice.as_str()),
            ("to", bob.as_str()),
            ("amount", "30"),
            ("ledger", "plain")
        ]
    );
    assert!(res.messages.is_empty());
    assert_eq!((held(&deps, "alice"), held(&deps, "bob")), (70, 30));
}

#[test]
fn send_calls_the_hook_and_burn_names_no_recipient() {
    let mut deps = setup();
    let pool = addr("pool").to_string();
    let msg = Binary::from(b"{}".to_vec());
    let res = run(&mut deps, "alice", &[], |d, _, i| {
        send::<Plain>(d, i, pool.clone(), Uint128::new(10), msg.clone())
    })
    .unwrap();
    let hook = Cw20ReceiveMsg {
        sender: addr("alice").to_string(),
        amount: Uint128::new(10),
        msg,
    }
    .into_cosmos_msg(pool)
    .unwrap();
    assert_eq!(res.messages[0].msg, hook);
    assert_eq!(held(&deps, "pool"), 10);

    let res = run(&mut deps, "alice", &[], |d, _, i| {
        burn::<Plain>(d, i, Uint128::new(5))
    })
    .unwrap();
    assert!(attrs(&res).iter().all(|(key, _)| *key != "to"));
    assert_eq!(held(&deps, "alice"), 85);
}

#[test]
fn spenders_use_their_allowance_and_are_named() {
    let mut deps = setup();
    approve(&mut deps, "alice", "router", 50);
    let (alice, carol) = (addr("alice").to_string(), addr("carol").to_string());
    let res = run(&mut deps, "router", &[], |d, e, i| {
        transfer_from::<Plain>(d, e, i, alice.clone(), carol.clone(), Uint128::new(20))
    })
    .unwrap();
    assert_eq!(res.attributes[3].key, "by");
    assert_eq!(res.attributes[3].value, addr("router").to_string());
    let left = crate::query::allowance(deps.as_ref(), alice.clone(), addr("router").into());
    assert_eq!(left.unwrap().allowance, Uint128::new(30));

    let msg = Binary::from(b"{}".to_vec());
    let res = run(&mut deps, "router", &[], |d, e, i| {
        send_from::<Plain>(
            d,
            e,
            i,
            alice.clone(),
            carol.clone(),
            Uint128::new(10),
            msg.clone(),
        )
    })
    .unwrap();
    let hook = Cw20ReceiveMsg {
        sender: addr("router").to_string(),
        amount: Uint128::new(10),
        msg,
    }
    .into_cosmos_msg(carol.clone())
    .unwrap();
    assert_eq!(res.messages[0].msg, hook, "the hook names the spender");

    run(&mut deps, "router", &[], |d, e, i| {
        burn_from::<Plain>(d, e, i, alice.clone(), Uint128::new(20))
    })
    .unwrap();
    assert_eq!((held(&deps, "alice"), held(&deps, "carol")), (50, 30));
    let gone = crate::query::allowance(deps.as_ref(), alice, addr("router").into()).unwrap();
    assert!(gone.allowance.is_zero(), "used up, removed");
}

#[test]
fn refusals_come_in_order_and_write_nothing() {
    let mut deps = setup();
    approve(&mut deps, "alice", "router", 500);
    let (alice, carol) = (addr("alice").to_string(), addr("carol").to_string());
    let stored = raw(&deps.storage);
    let from = |deps: &mut MockDeps, spender: &str, amount: u128| {
        let (alice, carol) = (alice.clone(), carol.clone());
        run(deps, spender, &[], move |d, e, i| {
            transfer_from::<Plain>(d, e, i, alice, carol, Uint128::new(amount))
        })
        .unwrap_err()
    };
    // Zero before the allowance, the allowance before the ledger.
    assert_eq!(from(&mut deps, "mallory", 0), ContractError::ZeroAmount);
    assert_eq!(
        from(&mut deps, "mallory", 1),
        ContractError::Allowance(AllowanceError::NoAllowance)
    );
    assert_eq!(
        from(&mut deps, "router", 501),
        ContractError::Allowance(AllowanceError::InsufficientAllowance {
            allowance: Uint128::new(500),
            needed: Uint128::new(501)
        })
    );
    assert_eq!(
        from(&mut deps, "router", 101),
        ContractError::Insufficient {
            held: Uint128::new(100)
        }
    );
    let paid = run(&mut deps, "alice", &coins(1, "uatom"), |d, _, i| {
        transfer::<Plain>(d, i, carol.clone(), Uint128::one())
    });
    assert_eq!(
        paid.unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    let bad = run(&mut deps, "alice", &[], |d, _, i| {
        transfer::<Plain>(d, i, "CAROL".to_string(), Uint128::one())
    });
    assert!(matches!(bad.unwrap_err(), ContractError::Std(_)));
    assert_eq!(raw(&deps.storage), stored);
}
