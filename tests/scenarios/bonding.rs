//! Bonding: native coins and LSM shares in, heavy LST out, priced against what really
//! backs it; the first depositor cannot inflate the share away from later ones.

use cosmwasm_std::{coin, Addr, Decimal, Uint128, Uint256};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::lsm::LsmChain;
use faro_testing::Suite;
use faro_types::hub::{self, ConfigUpdate, FeeConfig, DEAD_SHARES};
use faro_types::operator_registry;

fn suite() -> Suite {
    Suite::builder().operators(3).build().unwrap()
}

/// `name`, funded with `amount` and having bonded all of it.
fn bonded(suite: &mut Suite, name: &str, amount: u128) -> Addr {
    suite.fund_and_bond(&[(name, amount)]).unwrap();
    account(name)
}

#[test]
fn a_native_bond_mints_one_for_one_and_delegates_by_weight() {
    let mut suite = suite();
    let alice = bonded(&mut suite, "alice", 3_000_000);

    // The first bond locks the dead shares in the hub.
    assert_eq!(
        suite.heavy_balance(&alice).unwrap(),
        3_000_000 - DEAD_SHARES.u128()
    );
    assert_eq!(
        suite.heavy_balance(&suite.contracts.hub.clone()).unwrap(),
        DEAD_SHARES.u128()
    );
    for index in 0..3 {
        assert_eq!(suite.delegated_to(index).unwrap(), 1_000_000);
    }
    let state = suite.hub_state().unwrap();
    assert_eq!(state.books.total_bonded, Uint128::new(3_000_000));
    assert_eq!(state.exchange_rate, cosmwasm_std::Decimal256::one());
    assert_eq!(
        suite.native_balance(&suite.contracts.hub.clone()).unwrap(),
        0
    );
}

#[test]
fn without_an_active_operator_bonds_wait_in_the_hub() {
    let mut suite = Suite::builder()
        .without_registered_operators()
        .build()
        .unwrap();
    suite.fund_and_bond(&[("alice", 5_000)]).unwrap();
    let state = suite.hub_state().unwrap();
    assert_eq!(state.books.pending, Uint128::new(5_000));
    assert_eq!(state.books.total_bonded, Uint128::zero());
    assert_eq!(suite.protocol_delegated().unwrap(), 0);
}

#[test]
fn the_first_bond_must_exceed_the_dead_shares() {
    let mut suite = suite();
    let alice = account("alice");
    suite.fund(&alice, 1_000).unwrap();
    let err = suite.bond(&alice, DEAD_SHARES.u128()).unwrap_err();
    assert!(err
        .root_cause()
        .to_string()
        .contains("first bond must exceed"));
    assert_eq!(suite.native_balance(&alice).unwrap(), 1_000);
    assert_eq!(suite.heavy_supply().unwrap(), 0);
}

/// The classic attack: be first with a dust bond, donate to make one share worth more
/// than the next bond, and take the next depositor's rounding. With the dead shares the
/// donation mostly goes to shares nobody owns, and the attacker ends with less.
#[test]
fn a_first_depositor_cannot_inflate_the_share_against_the_next() {
    let mut suite = suite();
    // No fee: the attack at its most profitable.
    let no_fee = ConfigUpdate {
        fees: Some(FeeConfig {
            protocol_fee: Decimal::zero(),
            ..FeeConfig::default()
        }),
        light_budget: Some(Decimal::zero()),
        ..ConfigUpdate::default()
    };
    let (governance, hub) = (suite.roles.governance.clone(), suite.contracts.hub.clone());
    suite
        .app
        .execute_contract(
            governance,
            hub.clone(),
            &hub::ExecuteMsg::UpdateConfig(no_fee),
            &[],
        )
        .unwrap();
    let (mallory, victim, keeper) = (account("mallory"), account("victim"), account("keeper"));
    let first = DEAD_SHARES.u128() + 1;
    let donation = 1_000_000_000;
    suite.fund(&mallory, first + donation).unwrap();
    suite.bond(&mallory, first).unwrap();
    suite
        .app
        .send_tokens(mallory.clone(), hub, &[coin(donation, DENOM)])
        .unwrap();
    suite.next_epoch(&keeper).unwrap();

    let deposit = 15_000_000;
    let share_value = suite.hub_state().unwrap().exchange_rate;
    suite.fund(&victim, deposit).unwrap();
    let bonded = suite.bond(&victim, deposit);
    let victim_has = bonded.map(|_| suite.heavy_balance(&victim).unwrap());
    let mallory_has = suite.heavy_balance(&mallory).unwrap();
    assert!(
        mallory_has < first + donation,
        "the attacker must lose: holds {mallory_has} after putting in {}",
        first + donation
    );
    // The victim either bonds losing less than one share to rounding, or is refused and
    // keeps the coins.
    match victim_has {
        Ok(balance) => {
            let one_share = Uint128::try_from(Uint256::one().mul_ceil(share_value))
                .unwrap()
                .u128();
            assert!(balance + one_share + 1 >= deposit, "victim holds {balance}");
        }
        Err(_) => assert_eq!(suite.native_balance(&victim).unwrap(), deposit),
    }
}

#[test]
fn lsm_shares_are_valued_at_the_validators_current_rate() {
    let mut suite = suite();
    suite.fund_and_bond(&[("alice", 2_000_000)]).unwrap();
    let bob = account("bob");
    suite.fund(&bob, 1_000_000).unwrap();
    let shares = suite.tokenize_own_stake(&bob, 1, 1_000_000).unwrap();
    suite.slash(1, Decimal::percent(10)).unwrap();
    let worth = suite
        .app
        .share_value(&shares.denom, shares.amount)
        .unwrap()
        .unwrap();
    assert!(worth.u128() <= 900_000, "the slash must show: {worth}");

    let delegated_before = suite.delegated_to(1).unwrap();
    suite.bond_coin(&bob, shares.clone()).unwrap();
    // Bob is credited what the redemption delegated, not the share count.
    let balance = suite.heavy_balance(&bob).unwrap();
    assert!(balance <= worth.u128(), "{balance} > {worth}");
    assert!(balance + 2 >= worth.u128(), "{balance} far below {worth}");
    assert_eq!(
        suite.delegated_to(1).unwrap(),
        delegated_before + worth.u128()
    );
    assert_eq!(
        suite
            .app
            .wrap()
            .query_balance(&bob, &shares.denom)
            .unwrap()
            .amount,
        Uint128::zero()
    );
}

#[test]
fn shares_of_a_jailed_or_unknown_operator_are_refused() {
    let mut suite = suite();
    let bob = account("bob");
    suite.fund(&bob, 1_000_000).unwrap();
    let shares = suite.tokenize_own_stake(&bob, 2, 500_000).unwrap();
    let (governance, registry) = (
        suite.roles.governance.clone(),
        suite.contracts.operator_registry.clone(),
    );
    let jail = operator_registry::ExecuteMsg::Jail {
        valoper: suite.operators[2].clone(),
    };
    suite
        .app
        .execute_contract(governance, registry, &jail, &[])
        .unwrap();
    let err = suite.bond_coin(&bob, shares.clone()).unwrap_err();
    assert!(err
        .root_cause()
        .to_string()
        .contains("not an active heavy operator"));
    assert_eq!(
        suite.app.wrap().query_balance(&bob, &shares.denom).unwrap(),
        shares
    );

    // Shares of a validator that is no operator at all.
    let forged = coin(
        10,
        format!("{}/1", faro_testing::chain::valoper("stranger")),
    );
    suite.fund_coin(&bob, forged.clone()).unwrap();
    let err = suite.bond_coin(&bob, forged).unwrap_err();
    assert!(err
        .root_cause()
        .to_string()
        .contains("not an active heavy operator"));
}

#[test]
fn a_failed_redemption_reverts_the_whole_bond() {
    let mut suite = suite();
    let bob = bonded(&mut suite, "bob", 1_000_000);
    let before = (
        suite.hub_state().unwrap(),
        suite.heavy_balance(&bob).unwrap(),
    );
    // Well-formed shares of an active operator, but no such record on the chain.
    let phantom = coin(1_000, format!("{}/99", suite.operators[0]));
    suite.fund_coin(&bob, phantom.clone()).unwrap();
    suite.bond_coin(&bob, phantom.clone()).unwrap_err();
    assert_eq!(
        suite
            .app
            .wrap()
            .query_balance(&bob, &phantom.denom)
            .unwrap(),
        phantom
    );
    assert_eq!(
        (
            suite.hub_state().unwrap(),
            suite.heavy_balance(&bob).unwrap()
        ),
        before
    );
}

#[test]
fn bonds_with_wrong_funds_are_refused() {
    let mut suite = suite();
    let alice = account("alice");
    suite.fund(&alice, 1_000_000).unwrap();
    suite.fund_coin(&alice, coin(1_000, "uosmo")).unwrap();
    let hub = suite.contracts.hub.clone();
    let bond = hub::ExecuteMsg::Bond { receiver: None };
    for funds in [
        vec![],
        vec![coin(1_000, "uosmo")],
        vec![coin(5_000, DENOM), coin(1_000, "uosmo")],
    ] {
        suite
            .app
            .execute_contract(alice.clone(), hub.clone(), &bond, &funds)
            .unwrap_err();
    }
    let bad_receiver = hub::ExecuteMsg::Bond {
        receiver: Some("not-an-address".to_string()),
    };
    suite
        .app
        .execute_contract(alice.clone(), hub, &bad_receiver, &[coin(5_000, DENOM)])
        .unwrap_err();
    assert_eq!(suite.heavy_supply().unwrap(), 0);
    assert_eq!(suite.native_balance(&alice).unwrap(), 1_000_000);
}
