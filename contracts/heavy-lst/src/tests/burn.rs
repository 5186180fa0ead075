use cosmwasm_std::Uint128;
use faro_types::heavy_lst::ExecuteMsg;

use super::{assert_refused, attr, balance, exec, mint, setup, shares, token_at, total_shares};
use crate::error::ContractError;

fn burn(amount: u128) -> ExecuteMsg {
    ExecuteMsg::Burn {
        amount: Uint128::new(amount),
    }
}

#[test]
fn a_holder_burns_shares_rounded_up() {
    let mut deps = token_at("1.5", &[("hub", 1_000)]);
    assert_eq!(balance(&deps, "hub"), 1_500);

    let res = exec(&mut deps, "hub", burn(100)).unwrap();
    // ⌈100 ÷ 1.5⌉ = 67 shares.
    assert_eq!(attr(&res, "action"), "burn");
    assert_eq!(attr(&res, "shares"), "67");
    assert_eq!((shares(&deps, "hub"), total_shares(&deps)), (933, 933));
    assert_eq!(balance(&deps, "hub"), 1_399);

    exec(&mut deps, "hub", burn(1_399)).unwrap();
    assert_eq!((shares(&deps, "hub"), total_shares(&deps)), (0, 0));
}

#[test]
fn more_than_held_is_refused_in_shares() {
    let mut deps = setup();
    mint(&mut deps, "alice", 10);
    let one_too_many = ContractError::InsufficientShares {
        available: Uint128::new(10),
        needed: Uint128::new(11),
    };
    assert_refused(&mut deps, "alice", burn(11), one_too_many);
    assert_eq!((shares(&deps, "alice"), total_shares(&deps)), (10, 10));
}
