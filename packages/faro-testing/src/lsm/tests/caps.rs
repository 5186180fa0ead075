//! Liquid stake accounting and the global and per-validator caps, under both rules.

use cosmwasm_std::{coin, Decimal, StakingMsg, Uint128};
use faro_types::liquid::LsmModule;

use super::super::math::dec;
use super::super::{LsmChain, LsmError, LsmParams};
use super::{addr, err, valoper, Chain, DENOM};

/// Three validators of 1,000,000 each; caps 25% global, 50% per validator.
fn capped(module: LsmModule) -> Chain {
    Chain::with_params(LsmParams {
        module,
        ..LsmParams::default()
    })
}

fn liquid(chain: &Chain) -> u128 {
    chain.app.total_liquid_staked().unwrap().u128()
}

#[test]
fn tokenizing_is_capped_globally() {
    let mut chain = capped(LsmModule::GaiaLiquid);
    let alice = addr("alice");
    chain.delegate(&alice, 0, 1_000_000).unwrap();
    chain.delegate(&alice, 1, 1_000_000).unwrap();
    // 5,000,000 bonded: 1,000,000 is 20%.
    chain.tokenize(&alice, 0, 1_000_000, &alice).unwrap();
    // 1,300,000 would be 26%.
    assert_eq!(
        err(chain.tokenize(&alice, 1, 300_000, &alice)),
        LsmError::GlobalLiquidStakingCapExceeded
    );
    // Exactly 25% is allowed.
    chain.tokenize(&alice, 1, 250_000, &alice).unwrap();
    assert_eq!(liquid(&chain), 1_250_000);
    // A jailed validator's tokens leave the bonded total: 1,250,001 of 4,000,000.
    chain.app.jail(&valoper(2)).unwrap();
    assert_eq!(chain.app.total_bonded().unwrap(), Uint128::new(4_000_000));
    assert_eq!(
        err(chain.tokenize(&alice, 1, 1, &alice)),
        LsmError::GlobalLiquidStakingCapExceeded
    );
}

#[test]
fn tokenizing_is_capped_per_validator() {
    let mut chain = capped(LsmModule::GaiaLiquid);
    chain
        .app
        .set_caps(Decimal::one(), Decimal::percent(50))
        .unwrap();
    let alice = addr("alice");
    chain.delegate(&alice, 0, 3_000_000).unwrap();
    // Validator 0 has 4,000,000 shares: at most 2,000,000 liquid.
    assert_lsm_err!(
        chain.tokenize(&alice, 0, 2_000_001, &alice),
        LsmError::ValidatorLiquidStakingCapExceeded { .. }
    );
    chain.tokenize(&alice, 0, 2_000_000, &alice).unwrap();
    let v = chain.app.validator_state(&valoper(0)).unwrap();
    assert_eq!(v.liquid_shares, dec(Uint128::new(2_000_000)));
}

#[test]
fn redeeming_releases_liquid_stake() {
    let mut chain = capped(LsmModule::GaiaLiquid);
    let alice = addr("alice");
    chain.delegate(&alice, 0, 1_000_000).unwrap();
    let shares = chain.tokenize(&alice, 0, 600_000, &alice).unwrap();
    chain.redeem(&alice, coin(100_000, &shares.denom)).unwrap();
    assert_eq!(liquid(&chain), 500_000);
    let v = chain.app.validator_state(&valoper(0)).unwrap();
    assert_eq!(v.liquid_shares, dec(Uint128::new(500_000)));
}

#[test]
fn the_lsm_fork_counts_and_caps_a_contracts_delegations() {
    let mut chain = capped(LsmModule::SdkStaking);
    let proxy = chain.proxy();
    let delegate = |amount: u128| StakingMsg::Delegate {
        validator: valoper(0),
        amount: coin(amount, DENOM),
    };
    // 1,000,000 of 4,000,000 bonded, and half of validator 0's shares: both at the cap.
    chain.through(&proxy, delegate(1_000_000)).unwrap();
    assert_eq!(liquid(&chain), 1_000_000);
    assert_eq!(
        err(chain.through(&proxy, delegate(1))),
        LsmError::GlobalLiquidStakingCapExceeded
    );
    chain
        .app
        .set_caps(Decimal::one(), Decimal::percent(50))
        .unwrap();
    assert_lsm_err!(
        chain.through(&proxy, delegate(1)),
        LsmError::ValidatorLiquidStakingCapExceeded { .. }
    );
    // A plain account is not a liquid staker.
    chain.delegate(&addr("alice"), 0, 1_000_000).unwrap();
    assert_eq!(liquid(&chain), 1_000_000);

    // Its stake is liquid already: tokenizing and redeeming do not count it twice.
    let module = chain.module();
    let tokenize = module.tokenize_msg(&proxy, valoper(0), coin(400_000, DENOM), &proxy);
    let reply = chain.through(&proxy, tokenize).unwrap();
    let shares = module.tokenize_response(&reply).unwrap();
    assert_eq!(liquid(&chain), 1_000_000);
    chain
        .through(&proxy, module.redeem_msg(&proxy, shares))
        .unwrap();
    assert_eq!(liquid(&chain), 1_000_000);

    // Undelegating and redelegating move its liquid stake.
    let undelegate = StakingMsg::Undelegate {
        validator: valoper(0),
        amount: coin(100_000, DENOM),
    };
    chain.through(&proxy, undelegate).unwrap();
    assert_eq!(liquid(&chain), 900_000);
    let redelegate = StakingMsg::Redelegate {
        src_validator: valoper(0),
        dst_validator: valoper(1),
        amount: coin(300_000, DENOM),
    };
    chain.through(&proxy, redelegate).unwrap();
    let liquid_shares = |i| {
        chain
            .app
            .validator_state(&valoper(i))
            .unwrap()
            .liquid_shares
    };
    assert_eq!(liquid_shares(1), dec(Uint128::new(300_000)));
    assert_eq!(liquid_shares(0), dec(Uint128::new(600_000)));
}

#[test]
fn gaia_v25_does_not_count_a_contracts_delegations() {
    let mut chain = capped(LsmModule::GaiaLiquid);
    let proxy = chain.proxy();
    let delegate = StakingMsg::Delegate {
        validator: valoper(0),
        amount: coin(2_000_000, DENOM),
    };
    chain.through(&proxy, delegate).unwrap();
    assert_eq!(liquid(&chain), 0);
    // Its tokenization counts, and its redemption releases.
    let module = chain.module();
    let tokenize = module.tokenize_msg(&proxy, valoper(0), coin(500_000, DENOM), &proxy);
    let shares = module
        .tokenize_response(&chain.through(&proxy, tokenize).unwrap())
        .unwrap();
    assert_eq!(liquid(&chain), 500_000);
    chain
        .through(&proxy, module.redeem_msg(&proxy, shares))
        .unwrap();
    assert_eq!(liquid(&chain), 0);
}

#[test]
fn a_slash_lowers_liquid_stake_in_proportion() {
    let mut chain = capped(LsmModule::GaiaLiquid);
    let alice = addr("alice");
    chain.delegate(&alice, 0, 1_000_000).unwrap();
    chain.tokenize(&alice, 0, 1_000_000, &alice).unwrap();
    chain.app.slash(&valoper(0), Decimal::percent(10)).unwrap();
    assert_eq!(liquid(&chain), 900_000);
}

#[test]
fn caps_above_one_are_refused() {
    let mut chain = Chain::new();
    let result = chain.app.set_caps(Decimal::percent(101), Decimal::one());
    assert_lsm_err!(result, LsmError::InvalidCap { .. });
    assert_eq!(
        chain.app.lsm_params().unwrap().global_liquid_staking_cap,
        Decimal::one()
    );
}
