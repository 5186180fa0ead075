//! Each operator's light LST is a token of its own: deposits mint 1:1, never leave for
//! a validator, and are always withdrawable; nothing is fungible across operators.

use cosmwasm_std::{coin, Uint128};
use cw_multi_test::Executor;
use faro_testing::chain::{account, DENOM};
use faro_testing::lsm::LsmChain;
use faro_testing::suite::validator_name;
use faro_types::light_lst;
use faro_types::operator_registry::{self, OperatorStatus};

use super::{alice, bob, suite_with, PRINCIPAL};

#[test]
fn every_operator_has_its_own_light_token() {
    let suite = suite_with(&[]);
    assert_eq!(suite.contracts.light_lsts.len(), 3);
    let mut symbols = vec![];
    for index in 0..3 {
        let info: light_lst::TokenInfoResponse = suite
            .query(&suite.light_lst(index), &light_lst::QueryMsg::TokenInfo {})
            .unwrap();
        assert_eq!(info.symbol, format!("lightATOM-validator{index}"));
        let config: light_lst::Config = suite
            .query(&suite.light_lst(index), &light_lst::QueryMsg::Config {})
            .unwrap();
        assert_eq!(config.operator, suite.operators[index]);
        symbols.push(info.symbol);
    }
    symbols.dedup();
    assert_eq!(symbols.len(), 3);
}

#[test]
fn a_deposit_mints_one_for_one_and_is_never_delegated() {
    let alice = alice();
    let mut suite = suite_with(&[&alice]);
    let delegated = suite.protocol_delegated().unwrap();
    suite.light_deposit(&alice, 0, PRINCIPAL).unwrap();

    assert_eq!(suite.light_balance(&alice, 0).unwrap().u128(), PRINCIPAL);
    assert_eq!(
        suite.native_balance(&suite.light_lst(0)).unwrap(),
        PRINCIPAL
    );
    assert_eq!(suite.protocol_delegated().unwrap(), delegated);
    let before = suite.native_balance(&alice).unwrap();
    suite.light_withdraw(&alice, 0, PRINCIPAL).unwrap();
    assert_eq!(suite.native_balance(&alice).unwrap(), before + PRINCIPAL);
    assert!(suite.light_balance(&alice, 0).unwrap().is_zero());
}

#[test]
fn one_operators_light_token_cannot_be_spent_at_another() {
    let (alice, bob) = (alice(), bob());
    let mut suite = suite_with(&[&alice, &bob]);
    suite.light_deposit(&alice, 0, PRINCIPAL).unwrap();
    suite.light_deposit(&bob, 1, PRINCIPAL).unwrap();

    // Alice's deposit at operator 0 is no claim at operator 1, whose coins are Bob's.
    assert!(suite.light_withdraw(&alice, 1, 1).is_err());
    assert!(suite.light_balance(&alice, 1).unwrap().is_zero());
    assert_eq!(
        suite.native_balance(&suite.light_lst(1)).unwrap(),
        PRINCIPAL
    );

    // A reward at operator 0 moves nothing at operator 1.
    let reward = light_lst::ExecuteMsg::Reward {};
    let light = suite.light_lst(0);
    suite
        .app
        .execute_contract(
            alice.clone(),
            light,
            &reward,
            &[cosmwasm_std::coin(1_000_000, faro_testing::chain::DENOM)],
        )
        .unwrap();
    assert!(suite.light_balance(&alice, 0).unwrap() > Uint128::new(PRINCIPAL));
    assert_eq!(suite.light_balance(&bob, 1).unwrap().u128(), PRINCIPAL);
}

#[test]
fn holders_withdraw_after_their_operator_exits_or_is_removed() {
    let (alice, bob, carol) = (alice(), bob(), account("carol"));
    let mut suite = suite_with(&[&alice, &bob, &carol]);
    let holders = [&alice, &bob, &carol];
    for (index, holder) in holders.iter().enumerate() {
        suite.light_deposit(holder, index, PRINCIPAL).unwrap();
        let payer = account("payer");
        suite.fund(&payer, 1_000_000).unwrap();
        let light = suite.light_lst(index);
        let reward = light_lst::ExecuteMsg::Reward {};
        suite
            .app
            .execute_contract(payer, light, &reward, &[coin(1_000_000, DENOM)])
            .unwrap();
    }

    // Operator 0 leaves and claims its bond; the DAO removes operator 1 and jails 2.
    suite.exit_operator(0).unwrap();
    // While it waits out its exit period, too.
    suite.light_withdraw(&alice, 0, 1).unwrap();
    let exit_period = suite.registry_config().unwrap().exit_period;
    suite.app.advance(exit_period);
    let claim = operator_registry::ExecuteMsg::ClaimBond {
        valoper: suite.operators[0].clone(),
    };
    let registry = suite.contracts.operator_registry.clone();
    suite
        .app
        .execute_contract(account(&validator_name(0)), registry.clone(), &claim, &[])
        .unwrap();
    let governance = suite.roles.governance.clone();
    let remove = operator_registry::ExecuteMsg::Remove {
        valoper: suite.operators[1].clone(),
    };
    let jail = operator_registry::ExecuteMsg::Jail {
        valoper: suite.operators[2].clone(),
    };
    for msg in [remove, jail] {
        suite
            .app
            .execute_contract(governance.clone(), registry.clone(), &msg, &[])
            .unwrap();
    }
    assert!(suite.operator(0).unwrap().is_none());
    assert!(suite.operator(1).unwrap().is_none());
    assert_eq!(
        suite.operator(2).unwrap().unwrap().status,
        OperatorStatus::Jailed
    );

    for (index, holder) in holders.iter().enumerate() {
        let balance = suite.light_balance(holder, index).unwrap().u128();
        assert!(balance > PRINCIPAL, "operator {index}: {balance}");
        let before = suite.native_balance(holder).unwrap();
        suite.light_withdraw(holder, index, balance).unwrap();
        assert_eq!(suite.native_balance(holder).unwrap(), before + balance);
        assert!(suite.light_balance(holder, index).unwrap().is_zero());
    }
}
