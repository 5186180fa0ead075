use cosmwasm_std::Uint128;
use faro_types::heavy_lst::ExecuteMsg;

use super::{
    addr, assert_refused, assert_refuses_funds, assert_shares_worth, attr, balance, exec, mint,
    raw, set_index,
};
use super::{setup, shares, token_at, total_shares, total_supply};
use crate::error::ContractError;

fn burn_shares(shares: u128) -> ExecuteMsg {
    ExecuteMsg::BurnShares {
        shares: Uint128::new(shares),
    }
}

#[test]
fn the_hub_burns_exactly_its_own_shares() {
    let mut deps = token_at("1.5", &[("hub", 1_000), ("alice", 10)]);

    let res = exec(&mut deps, "hub", burn_shares(333)).unwrap();
    assert_eq!(attr(&res, "action"), "burn_shares");
    assert_eq!(attr(&res, "from"), addr("hub").to_string());
    // ⌊333 × 1.5⌋ = 499.
    assert_shares_worth(&res, "333", "499", "1.5");
    assert!(res.messages.is_empty());
    assert_eq!((shares(&deps, "hub"), total_shares(&deps)), (667, 677));
    // ⌊667 × 1.5⌋ = 1000; other holders keep theirs.
    assert_eq!(
        (balance(&deps, "hub"), balance(&deps, "alice")),
        (1_000, 15)
    );
    assert_eq!(total_supply(&deps), 1_015);

    // The balance of what is left follows the index.
    set_index(&mut deps, "1.37");
    // ⌊667 × 1.37⌋ = ⌊913.79⌋.
    assert_eq!(balance(&deps, "hub"), 913);

    exec(&mut deps, "hub", burn_shares(667)).unwrap();
    assert_eq!((shares(&deps, "hub"), total_shares(&deps)), (0, 10));
    assert_eq!(shares(&deps, "alice"), 10);
}

#[test]
fn only_the_hub_burns_shares_without_funds() {
    let mut deps = setup();
    mint(&mut deps, "hub", 10);
    mint(&mut deps, "alice", 10);
    let stored = raw(&deps.storage);

    assert_eq!(
        exec(&mut deps, "alice", burn_shares(5)).unwrap_err(),
        ContractError::Unauthorized {
            sender: addr("alice"),
            action: "burn shares"
        }
    );
    assert_refuses_funds(&mut deps, "hub", burn_shares(5));
    assert_eq!(raw(&deps.storage), stored);
}

#[test]
fn refuses_zero_and_more_than_the_hub_holds() {
    let mut deps = setup();
    // Plenty of shares elsewhere: the hub burns only its own.
    mint(&mut deps, "alice", 1_000);
    let none_held = ContractError::InsufficientShares {
        available: Uint128::zero(),
        needed: Uint128::one(),
    };
    assert_refused(&mut deps, "hub", burn_shares(1), none_held);

    mint(&mut deps, "hub", 10);
    set_index(&mut deps, "1.5");
    assert_refused(&mut deps, "hub", burn_shares(0), ContractError::ZeroAmount);
    let one_too_many = ContractError::InsufficientShares {
        available: Uint128::new(10),
        needed: Uint128::new(11),
    };
    assert_refused(&mut deps, "hub", burn_shares(11), one_too_many);
    assert_eq!((shares(&deps, "hub"), total_shares(&deps)), (10, 1_010));
}
