//! The light budget: α of each epoch's rewards goes to the light LSTs by their deposits,
//! raises their holders' balances net of commission, and one broken light LST cannot
//! stop the epoch.

use cosmwasm_std::{
    to_json_binary, Binary, Decimal, Deps, DepsMut, Empty, Env, MessageInfo, Response, StdError,
    StdResult, Uint128,
};
use cw_multi_test::{ContractWrapper, Executor};
use faro_testing::chain::account;
use faro_testing::response::attribute;
use faro_testing::suite::reward_address;
use faro_types::hub::DEFAULT_LIGHT_BUDGET;
use faro_types::light_lst::DepositsResponse;

use super::{alice, bob, suite_with};

const HEAVY_BOND: u128 = 3_000_000_000;

fn figure(response: &cw_multi_test::AppResponse, key: &str) -> u128 {
    attribute(response, key).unwrap().parse().unwrap()
}

fn light_paid(response: &cw_multi_test::AppResponse) -> u128 {
    figure(response, "light_paid")
}

#[test]
fn the_light_budget_is_shared_by_deposits_and_paid_net_of_commission() {
    let (alice, bob, carol, keeper) = (alice(), bob(), account("carol"), account("keeper"));
    let mut suite = suite_with(&[&alice, &bob, &carol]);
    assert_eq!(
        suite.hub_config().unwrap().light_budget,
        DEFAULT_LIGHT_BUDGET
    );
    suite.bond(&carol, HEAVY_BOND).unwrap();
    suite.light_deposit(&alice, 0, 1_000_000_000).unwrap();
    suite.light_deposit(&bob, 1, 3_000_000_000).unwrap();

    let epoch = suite.next_epoch(&keeper).unwrap();
    // α of the epoch's rewards, rounded down; the pool was empty, so all of it is paid.
    let rewards = Uint128::new(figure(&epoch, "rewards"));
    assert!(!rewards.is_zero());
    let light = figure(&epoch, "light");
    assert_eq!(light, rewards.mul_floor(DEFAULT_LIGHT_BUDGET).u128());
    let paid = light_paid(&epoch);
    assert!(paid > 0);
    assert_eq!(paid, light);
    let (zero, one, two) = (
        suite.light_state(0).unwrap(),
        suite.light_state(1).unwrap(),
        suite.light_state(2).unwrap(),
    );
    assert_eq!((zero.rewards_received + one.rewards_received).u128(), paid);
    assert!(two.rewards_received.is_zero(), "no deposits, no share");
    // Pro rata 1 : 3, the rounding remainder to the larger.
    let expected_zero = paid / 4;
    assert_eq!(zero.rewards_received.u128(), expected_zero);
    assert_eq!(suite.hub_state().unwrap().books.light_pool, Uint128::zero());

    // Operator 0 keeps its 10 % commission; Alice's balance rises by the rest.
    let commission = zero.rewards_received.mul_floor(Decimal::percent(10));
    assert_eq!(zero.commission_paid, commission);
    assert_eq!(
        suite.native_balance(&reward_address(0)).unwrap(),
        commission.u128()
    );
    let net = zero.rewards_received - commission;
    let alice_now = suite.light_balance(&alice, 0).unwrap();
    assert!(alice_now <= Uint128::new(1_000_000_000) + net);
    assert!(alice_now + Uint128::one() >= Uint128::new(1_000_000_000) + net);
}

fn refuse(_: DepsMut, _: Env, _: MessageInfo, _: Empty) -> StdResult<Response> {
    Err(StdError::generic_err("out of service"))
}

fn accept(_: DepsMut, _: Env, _: MessageInfo, _: Empty) -> StdResult<Response> {
    Ok(Response::new())
}

fn migrate(_: DepsMut, _: Env, _: Empty) -> StdResult<Response> {
    Ok(Response::new())
}

/// Answers like a light LST holding deposits, but takes no reward.
fn answer(_: Deps, _: Env, _: Empty) -> StdResult<Binary> {
    to_json_binary(&DepositsResponse {
        total_units: Uint128::new(1_000_000_000),
    })
}

#[test]
fn a_light_lst_that_refuses_its_reward_does_not_stop_the_epoch() {
    let (alice, carol, keeper) = (alice(), account("carol"), account("keeper"));
    let mut suite = suite_with(&[&alice, &carol]);
    suite.bond(&carol, HEAVY_BOND).unwrap();
    suite.light_deposit(&alice, 0, 1_000_000_000).unwrap();
    let broken = suite.app.store_code(Box::new(
        ContractWrapper::new(refuse, accept, answer).with_migrate(migrate),
    ));
    let governance = suite.roles.governance.clone();
    let light = suite.light_lst(1);
    suite
        .app
        .migrate_contract(governance, light, &Empty {}, broken)
        .unwrap();

    let epoch = suite.next_epoch(&keeper).unwrap();
    let paid = light_paid(&epoch);
    assert!(paid > 0);
    // Operator 1's half came back to the pool, operator 0 was paid its half.
    let pool = suite.hub_state().unwrap().books.light_pool.u128();
    let received = suite.light_state(0).unwrap().rewards_received.u128();
    assert_eq!(pool + received, paid);
    // Equal deposits: the rounding remainder goes to the first.
    assert_eq!(pool, paid / 2);
    assert_eq!(
        attribute(&epoch, "returned").map(str::to_string),
        Some(pool.to_string())
    );
}

#[test]
fn performance_scores_weigh_the_split() {
    let (alice, bob, carol, keeper) = (alice(), bob(), account("carol"), account("keeper"));
    let mut suite = suite_with(&[&alice, &bob, &carol]);
    suite.bond(&carol, HEAVY_BOND).unwrap();
    suite.light_deposit(&alice, 0, 1_000_000_000).unwrap();
    suite.light_deposit(&bob, 1, 1_000_000_000).unwrap();
    // The oracle reports operator 0's light service at half marks.
    let scores = faro_types::operator_registry::ExecuteMsg::SetLightScores {
        scores: vec![faro_types::operator_registry::LightScore {
            valoper: suite.operators[0].clone(),
            score: Decimal::percent(50),
        }],
    };
    let oracle = suite.contracts.oracle.clone();
    let registry = suite.contracts.operator_registry.clone();
    suite
        .app
        .execute_contract(oracle, registry, &scores, &[])
        .unwrap();

    let paid = light_paid(&suite.next_epoch(&keeper).unwrap());
    let zero = suite.light_state(0).unwrap().rewards_received.u128();
    let one = suite.light_state(1).unwrap().rewards_received.u128();
    assert_eq!(zero + one, paid);
    // Half the score, half the weight: a third against two thirds.
    assert_eq!(zero, paid / 3);
}
