use cosmwasm_std::Uint128;
use faro_types::operator_registry::{ConfigUpdate, ExecuteMsg, OperatorStatus, DEFAULT_WEIGHT};

use super::light::{confirm, light_registration};
use super::{
    active, attr, exec, exec_paid, is_registered, jail, operator, register_as, register_bonded,
    setup, setup_permissionless, valoper, MIN_BOND,
};
use crate::error::ContractError;
use crate::query;

fn post_bond(deps: &mut super::Deps, name: &str, amount: u128) {
    let msg = ExecuteMsg::PostBond {
        valoper: valoper(name),
    };
    exec_paid(deps, name, amount, msg).unwrap();
}

/// Validator `name` registers heavy and light services with `bond`, and its light LST is
/// instantiated.
fn register_light_bonded(deps: &mut super::Deps, name: &str, bond: u128) {
    let msg = ExecuteMsg::Register(light_registration(name));
    let res = exec_paid(deps, name, bond, msg).unwrap();
    confirm(deps, &res);
}

fn update_config(deps: &mut super::Deps, update: ConfigUpdate) -> cosmwasm_std::Response {
    exec(deps, "dao", ExecuteMsg::UpdateConfig(update)).unwrap()
}

/// How many operators a configuration change took out of the active set and brought in.
fn deactivated_and_activated(res: &cosmwasm_std::Response) -> (&str, &str) {
    (attr(res, "deactivated"), attr(res, "activated"))
}

/// The valopers `LightLsts` lists: the operators that earn the light budget.
fn light(deps: &super::Deps) -> Vec<String> {
    query::light_lsts(deps.as_ref(), None, None)
        .unwrap()
        .light_lsts
        .into_iter()
        .map(|entry| entry.valoper)
        .collect()
}

/// `names`' valopers in the registry's (key) order.
fn in_order(names: &[&str]) -> Vec<String> {
    let mut valopers: Vec<String> = names.iter().map(|name| valoper(name)).collect();
    valopers.sort();
    valopers
}

fn penalise(deps: &mut super::Deps, name: &str, amount: u128) {
    let msg = ExecuteMsg::Penalise {
        valoper: valoper(name),
        amount: Uint128::new(amount),
    };
    exec(deps, "oracle", msg).unwrap();
}

/// `(valoper, weight, cap)` of every heavy operator, and the total weight.
fn heavy(deps: &super::Deps) -> (Vec<(String, u64, Option<Uint128>)>, u64) {
    let res = query::heavy_weights(deps.as_ref(), None, None).unwrap();
    let weights = res
        .weights
        .into_iter()
        .map(|w| (w.valoper, w.weight, w.cap))
        .collect();
    (weights, res.total_weight)
}

#[test]
fn a_bond_at_the_minimum_activates_at_registration() {
    let mut deps = setup_permissionless();
    let res = register_bonded(&mut deps, "alice", MIN_BOND).unwrap();
    assert_eq!(super::attr(&res, "status"), "active");
    let alice = operator(&deps, "alice");
    assert_eq!(alice.status, OperatorStatus::Active);
    assert_eq!(alice.weight, DEFAULT_WEIGHT);
    let cap = Uint128::new(MIN_BOND * 100);
    assert_eq!(
        heavy(&deps),
        (
            vec![(valoper("alice"), DEFAULT_WEIGHT, Some(cap))],
            DEFAULT_WEIGHT
        )
    );
}

#[test]
fn registration_with_too_small_a_bond_is_refused() {
    let mut deps = setup_permissionless();
    for bond in [MIN_BOND - 1, 0] {
        let err = register_bonded(&mut deps, "alice", bond).unwrap_err();
        assert_eq!(
            err,
            ContractError::BondTooSmall {
                bond: Uint128::new(bond),
                min: Uint128::new(MIN_BOND)
            }
        );
        assert!(!is_registered(&deps, "alice"));
    }
}

#[test]
fn a_pending_operator_activates_once_its_bond_reaches_the_minimum() {
    // Registered in phase 1 without a bond, then the DAO opens the registry.
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let open = ConfigUpdate {
        permissionless: Some(true),
        ..ConfigUpdate::default()
    };
    exec(&mut deps, "dao", ExecuteMsg::UpdateConfig(open)).unwrap();

    post_bond(&mut deps, "alice", MIN_BOND - 1);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Pending);
    assert_eq!(heavy(&deps), (vec![], 0));

    post_bond(&mut deps, "alice", 1);
    let alice = operator(&deps, "alice");
    assert_eq!(
        (alice.status, alice.weight),
        (OperatorStatus::Active, DEFAULT_WEIGHT)
    );
    assert_eq!(heavy(&deps).1, DEFAULT_WEIGHT);
}

#[test]
fn a_penalty_below_the_minimum_sends_the_operator_back_to_pending() {
    let mut deps = setup_permissionless();
    register_bonded(&mut deps, "alice", MIN_BOND + 10).unwrap();
    register_bonded(&mut deps, "bob", MIN_BOND).unwrap();

    penalise(&mut deps, "alice", 10);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Active);
    penalise(&mut deps, "alice", 1);
    let alice = operator(&deps, "alice");
    assert_eq!((alice.status, alice.weight), (OperatorStatus::Pending, 0));
    let cap = Uint128::new(MIN_BOND * 100);
    assert_eq!(
        heavy(&deps),
        (
            vec![(valoper("bob"), DEFAULT_WEIGHT, Some(cap))],
            DEFAULT_WEIGHT
        )
    );

    post_bond(&mut deps, "alice", 1);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Active);
    assert_eq!(heavy(&deps).1, 2 * DEFAULT_WEIGHT);
}

#[test]
fn a_jailed_operator_stays_jailed_until_the_owner_approves() {
    let mut deps = setup_permissionless();
    register_bonded(&mut deps, "alice", MIN_BOND).unwrap();
    exec(&mut deps, "dao", jail("alice")).unwrap();
    post_bond(&mut deps, "alice", MIN_BOND);
    penalise(&mut deps, "alice", MIN_BOND + 1);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Jailed);
    assert_eq!(heavy(&deps), (vec![], 0));

    // The owner, too, activates only bonded operators in phase 2.
    let approve = ExecuteMsg::Approve {
        valoper: valoper("alice"),
        weight: 40,
    };
    let err = exec(&mut deps, "dao", approve.clone()).unwrap_err();
    assert_eq!(
        err,
        ContractError::BondTooSmall {
            bond: Uint128::new(MIN_BOND - 1),
            min: Uint128::new(MIN_BOND)
        }
    );
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Jailed);
    post_bond(&mut deps, "alice", 1);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Jailed);
    exec(&mut deps, "dao", approve).unwrap();
    let alice = operator(&deps, "alice");
    assert_eq!((alice.status, alice.weight), (OperatorStatus::Active, 40));
}

#[test]
fn caps_follow_the_phase_and_the_bond() {
    let mut deps = setup();
    active(&mut deps, "alice", 3);
    post_bond(&mut deps, "alice", 7);
    // Phase 1: uncapped.
    assert_eq!(heavy(&deps).0, vec![(valoper("alice"), 3, None)]);

    let open = ConfigUpdate {
        permissionless: Some(true),
        min_bond: Some(Uint128::new(7)),
        max_leverage: Some(1_000),
        ..ConfigUpdate::default()
    };
    exec(&mut deps, "dao", ExecuteMsg::UpdateConfig(open)).unwrap();
    assert_eq!(
        heavy(&deps).0,
        vec![(valoper("alice"), 3, Some(Uint128::new(7_000)))]
    );

    // A cap beyond `Uint128::MAX` saturates.
    post_bond(&mut deps, "alice", u128::MAX / 100);
    assert_eq!(heavy(&deps).0[0].2, Some(Uint128::MAX));
}

#[test]
fn a_light_only_operator_activates_without_heavy_weight() {
    let mut deps = setup_permissionless();
    let mut reg = super::registration("alice");
    reg.services.heavy = false;
    reg.services.light = true;
    reg.light_commission = Some(cosmwasm_std::Decimal::percent(5));
    exec_paid(&mut deps, "alice", MIN_BOND, ExecuteMsg::Register(reg)).unwrap();
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Active);
    assert_eq!(heavy(&deps), (vec![], 0));
}

#[test]
fn raising_min_bond_deactivates_under_bonded_operators() {
    let mut deps = setup_permissionless();
    register_light_bonded(&mut deps, "alice", MIN_BOND);
    register_light_bonded(&mut deps, "bob", 2 * MIN_BOND);
    assert_eq!(heavy(&deps).1, 2 * DEFAULT_WEIGHT);
    assert_eq!(light(&deps), in_order(&["alice", "bob"]));

    let raise = ConfigUpdate {
        min_bond: Some(Uint128::new(2 * MIN_BOND)),
        ..ConfigUpdate::default()
    };
    let res = update_config(&mut deps, raise);
    assert_eq!(deactivated_and_activated(&res), ("1", "0"));
    let alice = operator(&deps, "alice");
    assert_eq!((alice.status, alice.weight), (OperatorStatus::Pending, 0));
    assert_eq!(operator(&deps, "bob").status, OperatorStatus::Active);
    let cap = Uint128::new(2 * MIN_BOND * 100);
    assert_eq!(
        heavy(&deps),
        (
            vec![(valoper("bob"), DEFAULT_WEIGHT, Some(cap))],
            DEFAULT_WEIGHT
        )
    );
    assert_eq!(light(&deps), vec![valoper("bob")]);

    // Bonding up to the new minimum brings it back, as would lowering the minimum.
    post_bond(&mut deps, "alice", MIN_BOND);
    assert_eq!(operator(&deps, "alice").status, OperatorStatus::Active);
    assert_eq!(light(&deps), in_order(&["alice", "bob"]));
    // The same minimum again sorts no one.
    let same = ConfigUpdate {
        min_bond: Some(Uint128::new(2 * MIN_BOND)),
        ..ConfigUpdate::default()
    };
    let res = update_config(&mut deps, same);
    assert_eq!(res.attributes.len(), 2, "{:?}", res.attributes);
}

#[test]
fn switching_to_phase_two_drops_unbonded_operators_from_heavy_and_light() {
    // Phase 1: alice approved without a bond, bob approved and bonded, carol bonded but
    // never approved.
    let mut deps = setup();
    register_light_bonded(&mut deps, "alice", 0);
    register_light_bonded(&mut deps, "bob", MIN_BOND);
    register_light_bonded(&mut deps, "carol", MIN_BOND);
    for (name, weight) in [("alice", 3), ("bob", 2)] {
        let approve = ExecuteMsg::Approve {
            valoper: valoper(name),
            weight,
        };
        exec(&mut deps, "dao", approve).unwrap();
    }
    assert_eq!(heavy(&deps).1, 5);
    assert_eq!(light(&deps), in_order(&["alice", "bob"]));

    let open = ConfigUpdate {
        permissionless: Some(true),
        ..ConfigUpdate::default()
    };
    let res = update_config(&mut deps, open);
    assert_eq!(deactivated_and_activated(&res), ("1", "1"));
    let alice = operator(&deps, "alice");
    assert_eq!((alice.status, alice.weight), (OperatorStatus::Pending, 0));
    let carol = operator(&deps, "carol");
    assert_eq!(
        (carol.status, carol.weight),
        (OperatorStatus::Active, DEFAULT_WEIGHT)
    );
    let cap = Some(Uint128::new(MIN_BOND * 100));
    let mut expected = vec![
        (valoper("bob"), 2, cap),
        (valoper("carol"), DEFAULT_WEIGHT, cap),
    ];
    expected.sort();
    assert_eq!(heavy(&deps), (expected, 2 + DEFAULT_WEIGHT));
    assert_eq!(light(&deps), in_order(&["bob", "carol"]));
}
