use cosmwasm_std::Uint128;
use faro_types::light_lst::ExecuteMsg;

use super::total_supply;
use super::{addr, attr, balance, deposit, deposited, exec, holding, raw, reward, state};
use crate::error::ContractError;

fn burn(amount: u128) -> ExecuteMsg {
    ExecuteMsg::Burn {
        amount: Uint128::new(amount),
    }
}

#[test]
fn burnt_coins_go_to_the_remaining_holders_without_commission() {
    let mut deps = deposited(&[("alice", 100), ("bob", 300)]);
    let res = exec(&mut deps, "alice", burn(40)).unwrap();
    assert_eq!(attr(&res, "action"), "burn");
    assert!(res.messages.is_empty(), "no commission");
    // 40 over the 360 units left: 0.111111111111111111 each.
    assert_eq!(attr(&res, "reward_index"), "0.111111111111111111");
    assert_eq!(holding(&deps, "alice"), (60, 6));
    assert_eq!(holding(&deps, "bob"), (300, 33));
    let state = state(&deps);
    assert_eq!(state.total_units, Uint128::new(360));
    assert_eq!(state.unsettled_rewards, Uint128::new(39));
    assert_eq!(state.rewards_received, Uint128::zero());
    assert_eq!(state.commission_paid, Uint128::zero());
    assert_eq!(total_supply(&deps), 399);
}

#[test]
fn the_last_holders_burn_waits_for_the_next_holders() {
    let mut deps = deposited(&[("alice", 100)]);
    exec(&mut deps, "alice", burn(100)).unwrap();
    let state = state(&deps);
    assert_eq!(state.total_units, Uint128::zero());
    assert_eq!(state.undistributed, Uint128::new(100));
    assert_eq!(total_supply(&deps), 0);

    deposit(&mut deps, "bob", 10);
    // 9 of the reward of 10 and the 100 burnt.
    reward(&mut deps, 10);
    assert_eq!(balance(&deps, "bob"), 119);
}

#[test]
fn burn_from_spends_the_allowance() {
    let mut deps = deposited(&[("alice", 100), ("carol", 100)]);
    let approve = ExecuteMsg::IncreaseAllowance {
        spender: addr("bob").to_string(),
        amount: Uint128::new(50),
        expires: None,
    };
    exec(&mut deps, "alice", approve).unwrap();
    let msg = ExecuteMsg::BurnFrom {
        owner: addr("alice").to_string(),
        amount: Uint128::new(50),
    };
    let res = exec(&mut deps, "bob", msg.clone()).unwrap();
    assert_eq!(attr(&res, "by"), addr("bob").to_string());
    // 50 over the 150 units left.
    assert_eq!(balance(&deps, "alice"), 66);
    assert_eq!(balance(&deps, "carol"), 133);
    assert_eq!(
        exec(&mut deps, "bob", msg).unwrap_err(),
        ContractError::Allowance(faro_cw20::AllowanceError::NoAllowance)
    );
}

/// The other refusals are the conformance suite's.
#[test]
fn more_than_the_balance_is_refused() {
    let mut deps = deposited(&[("alice", 10)]);
    let stored = raw(&deps.storage);
    assert_eq!(
        exec(&mut deps, "alice", burn(11)).unwrap_err(),
        ContractError::InsufficientBalance {
            available: Uint128::new(10),
            needed: Uint128::new(11)
        }
    );
    assert_eq!(raw(&deps.storage), stored);
}
