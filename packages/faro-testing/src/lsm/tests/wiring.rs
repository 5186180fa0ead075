//! The wiring, end to end: an app built the way the Suite would build it, driven only
//! through `App::execute` with `CosmosMsg`s and `App::sudo`, as contracts and scenarios
//! drive it.

use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coin, coins, CosmosMsg, Decimal, DistributionMsg, StakingMsg, Uint128};
use cw_multi_test::{Executor, StakingSudo, SudoMsg};
use faro_types::liquid::{decode_redeem_response, decode_tokenize_response, LsmModule};

use super::super::{
    app_builder, init_genesis, Genesis, GenesisValidator, LsmApp, LsmChain, LsmParams,
};
use super::{addr, valoper, Chain, DAY, DENOM};

/// What `chain::start` in the Suite would do: the builder, and genesis in its closure.
fn suite_like_app() -> LsmApp {
    let block = mock_env().block;
    let genesis = Genesis {
        params: LsmParams {
            module: LsmModule::SdkStaking,
            unbonding_time: 21 * DAY,
            ..LsmParams::default()
        },
        validators: (0..2)
            .map(|i| GenesisValidator::new(valoper(i), addr(&format!("self{i}")), 10_000_000))
            .collect(),
        balances: vec![(addr("user"), coins(1_000_000_000, DENOM))],
    };
    app_builder()
        .with_block(block.clone())
        .build(|router, api, storage| {
            init_genesis(&router.bank, api, storage, &block, &genesis).expect("genesis");
        })
}

#[test]
fn a_plain_account_delegates_tokenizes_redeems_and_is_slashed() {
    let mut app = suite_like_app();
    let user = addr("user");
    let module = app.lsm_params().unwrap().module;
    let delegated = |app: &LsmApp| {
        app.wrap()
            .query_delegation(&user, valoper(0))
            .unwrap()
            .map_or(0, |d| d.amount.amount.u128())
    };
    let redeem = |app: &mut LsmApp, shares| {
        let response = app
            .execute(user.clone(), module.redeem_msg(&user, shares))
            .unwrap();
        decode_redeem_response(&response.data.unwrap()).unwrap()
    };

    let delegate: CosmosMsg = StakingMsg::Delegate {
        validator: valoper(0),
        amount: coin(2_000_000, DENOM),
    }
    .into();
    app.execute(user.clone(), delegate).unwrap();
    assert_eq!(delegated(&app), 2_000_000);

    let tokenize = module.tokenize_msg(&user, valoper(0), coin(1_000_000, DENOM), &user);
    let response = app.execute(user.clone(), tokenize).unwrap();
    let shares = decode_tokenize_response(&response.data.unwrap()).unwrap();
    assert_eq!(shares.amount, Uint128::new(1_000_000));
    assert_eq!(
        app.wrap().query_balance(&user, &shares.denom).unwrap(),
        shares
    );

    // Half the share tokens back into a delegation; a slash; then the rest.
    let half = coin(500_000, &shares.denom);
    assert_eq!(redeem(&mut app, half), coin(500_000, DENOM));
    let slash = StakingSudo::Slash {
        validator: valoper(0),
        percentage: Decimal::percent(10),
    };
    app.sudo(SudoMsg::Staking(slash)).unwrap();
    assert_eq!(delegated(&app), 1_350_000);
    let rest = coin(500_000, &shares.denom);
    assert_eq!(redeem(&mut app, rest), coin(450_000, DENOM));
    assert_eq!(delegated(&app), 1_800_000);
    assert!(app.tokenize_records().unwrap().is_empty());

    // Out again, with rewards, after the unbonding time.
    let undelegate: CosmosMsg = StakingMsg::Undelegate {
        validator: valoper(0),
        amount: coin(1_800_000, DENOM),
    }
    .into();
    app.execute(user.clone(), undelegate).unwrap();
    app.advance(21 * DAY);
    let balance = app.wrap().query_balance(&user, DENOM).unwrap().amount;
    assert_eq!(balance, Uint128::new(1_000_000_000 - 2_000_000 + 1_800_000));
    let withdraw: CosmosMsg = DistributionMsg::WithdrawDelegatorReward {
        validator: valoper(0),
    }
    .into();
    assert!(
        app.execute(user.clone(), withdraw).is_err(),
        "no delegation left"
    );
}

#[test]
fn a_contract_reply_carries_the_typed_response() {
    let mut chain = Chain::new();
    let proxy = chain.proxy();
    let delegate = StakingMsg::Delegate {
        validator: valoper(1),
        amount: coin(1_000, DENOM),
    };
    chain.through(&proxy, delegate).unwrap();
    let module = chain.module();
    let tokenize = module.tokenize_msg(&proxy, valoper(1), coin(600, DENOM), &proxy);
    let reply = chain.through(&proxy, tokenize).unwrap();
    assert_eq!(
        reply.msg_responses[0].type_url,
        module.type_url_tokenize_response()
    );
    let shares = module.tokenize_response(&reply).unwrap();
    assert_eq!(shares.amount.u128(), 600);
    let reply = chain
        .through(&proxy, module.redeem_msg(&proxy, shares))
        .unwrap();
    assert_eq!(module.redeem_response(&reply).unwrap(), coin(600, DENOM));
}
