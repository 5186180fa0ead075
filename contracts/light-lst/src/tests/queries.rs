use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{Decimal, Uint128};
use cw_ownable::Ownership;
use faro_testing::unit::cw20_queries::balance_and_supply;
use faro_testing::unit::ownership::hand_over;
use faro_types::light_lst::{
    AllAllowancesResponse, AllSpenderAllowancesResponse, AllowanceResponse, Config, ExecuteMsg,
    Holding, LightState, MarketingInfoResponse, QueryMsg,
};

use super::{addr, ask, deposit, exec, reward, setup};
use crate::contract::{execute, query};

#[test]
fn every_query_answers_through_the_entry_point() {
    let mut deps = setup();
    deposit(&mut deps, "alice", 1_000);
    deposit(&mut deps, "bob", 1);
    reward(&mut deps, 1_001);
    let approve = ExecuteMsg::IncreaseAllowance {
        spender: addr("bob").to_string(),
        amount: Uint128::new(5),
        expires: None,
    };
    exec(&mut deps, "alice", approve).unwrap();
    let (alice, bob) = (addr("alice").to_string(), addr("bob").to_string());

    let config: Config = ask(deps.as_ref(), QueryMsg::Config {});
    assert_eq!(config.denom, "uatom");
    let state: LightState = ask(deps.as_ref(), QueryMsg::State {});
    assert_eq!(state.commission, Decimal::percent(10));
    // 901 over 1,001 units: 900.999… unsettled, of which Alice's 1,000 units earned 900.
    assert_eq!(state.unsettled_rewards, Uint128::new(900));
    let holding: Holding = ask(
        deps.as_ref(),
        QueryMsg::Holding {
            address: alice.clone(),
        },
    );
    assert_eq!(
        (holding.units, holding.pending),
        (Uint128::new(1_000), Uint128::new(900))
    );
    let through_entry_point = |msg| query(deps.as_ref(), mock_env(), msg);
    assert_eq!(
        balance_and_supply(through_entry_point, &alice),
        (1_900, 1_901)
    );
    let allowance: AllowanceResponse = ask(
        deps.as_ref(),
        QueryMsg::Allowance {
            owner: alice.clone(),
            spender: bob.clone(),
        },
    );
    assert_eq!(allowance.allowance, Uint128::new(5));
    let all: AllAllowancesResponse = ask(
        deps.as_ref(),
        QueryMsg::AllAllowances {
            owner: alice.clone(),
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(all.allowances[0].spender, bob);
    let theirs: AllSpenderAllowancesResponse = ask(
        deps.as_ref(),
        QueryMsg::AllSpenderAllowances {
            spender: bob.clone(),
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(theirs.allowances[0].owner, alice);
    let marketing: MarketingInfoResponse = ask(deps.as_ref(), QueryMsg::MarketingInfo {});
    assert_eq!(marketing, MarketingInfoResponse::default());
    let ownership: Ownership<String> = ask(deps.as_ref(), QueryMsg::Ownership {});
    assert_eq!(ownership.owner, Some(addr("dao").to_string()));
}

#[test]
fn ownership_moves_in_two_steps_and_refuses_strangers() {
    let mut deps = setup();
    hand_over(&mut deps, execute, "dao", "multisig");
}
