use cosmwasm_std::{Decimal, Decimal256, Uint128};
use faro_types::light_lst::{ExecuteMsg, InstantiateMsg};

use super::{
    addr, attr, balance, dec, deposit, deposited, holding, instantiate_msg, raw,
    refuses_wrong_funds, reward, sends, setup, setup_with, state, total_supply,
};
use crate::state::POOL;

fn no_commission() -> InstantiateMsg {
    InstantiateMsg {
        commission: Decimal::zero(),
        ..instantiate_msg()
    }
}

#[test]
fn the_commission_goes_out_and_the_rest_raises_the_index() {
    let mut deps = deposited(&[("alice", 1_000), ("bob", 3_000)]);
    let res = reward(&mut deps, 1_000);
    assert_eq!(sends(&res), [(addr("rewards").to_string(), 100)]);
    assert_eq!(attr(&res, "action"), "reward");
    assert_eq!(attr(&res, "commission"), "100");
    assert_eq!(attr(&res, "commission_rate"), "0.1");
    assert_eq!(attr(&res, "reward_index"), "0.225");

    assert_eq!(holding(&deps, "alice"), (1_000, 225));
    assert_eq!(holding(&deps, "bob"), (3_000, 675));
    let state = state(&deps);
    assert_eq!(state.reward_index, dec("0.225"));
    assert_eq!(state.rewards_received, Uint128::new(1_000));
    assert_eq!(state.commission_paid, Uint128::new(100));
    assert_eq!(state.unsettled_rewards, Uint128::new(900));
    assert_eq!(state.total_units, Uint128::new(4_000));
    assert_eq!(total_supply(&deps), 4_900);
}

#[test]
fn a_zero_commission_sends_nothing() {
    let mut deps = setup_with(no_commission());
    deposit(&mut deps, "alice", 10);
    let res = reward(&mut deps, 7);
    assert!(res.messages.is_empty());
    assert_eq!(balance(&deps, "alice"), 17);
    // A reward too small to pay any commission pays none either.
    let mut deps = setup();
    deposit(&mut deps, "alice", 10);
    assert!(reward(&mut deps, 9).messages.is_empty());
    assert_eq!(balance(&deps, "alice"), 19);
}

#[test]
fn rewards_wait_while_there_are_no_units() {
    let mut deps = setup();
    let res = reward(&mut deps, 100);
    assert_eq!(sends(&res), [(addr("rewards").to_string(), 10)]);
    let waiting = state(&deps);
    assert_eq!(waiting.undistributed, Uint128::new(90));
    assert_eq!(waiting.reward_index, Decimal256::zero());
    assert_eq!(total_supply(&deps), 0);

    deposit(&mut deps, "alice", 50);
    // 9 of 10 and the 90 waiting: 99 over 50 units.
    reward(&mut deps, 10);
    assert_eq!(balance(&deps, "alice"), 149);
    let state = state(&deps);
    assert_eq!(state.undistributed, Uint128::zero());
    assert_eq!(state.rewards_received, Uint128::new(110));
    assert_eq!(state.commission_paid, Uint128::new(11));
}

#[test]
fn the_floor_leaves_dust_owned_by_no_one() {
    let mut deps = setup_with(no_commission());
    for holder in ["alice", "bob", "carol"] {
        deposit(&mut deps, holder, 1);
    }
    reward(&mut deps, 10);
    // 10 ÷ 3 = 3.333333333333333333 each: 3 coins each, 9.999999999999999999 spread.
    for holder in ["alice", "bob", "carol"] {
        assert_eq!(balance(&deps, holder), 4);
    }
    let pool = POOL.load(&deps.storage).unwrap();
    assert_eq!(pool.unsettled, dec("9.999999999999999999"));
    assert_eq!(state(&deps).unsettled_rewards, Uint128::new(9));
    // 13 coins held: 12 in the supply, one owned by no one.
    assert_eq!(total_supply(&deps), 12);
}

#[test]
fn refuses_missing_wrong_or_extra_funds() {
    let mut deps = deposited(&[("alice", 10)]);
    let stored = raw(&deps.storage);
    refuses_wrong_funds(&mut deps, "payer", ExecuteMsg::Reward {});
    assert_eq!(raw(&deps.storage), stored);
}
