//! The owner's `UpdateConfig`: who may send it, and the bounds every field keeps.

use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{coins, Api, Attribute, Decimal, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::prover_pool::{Config, ConfigUpdate, ExecuteMsg};

use super::{addr, Suite, DENOM, PER_CAPACITY};
use crate::error::ContractError;
use crate::query;

fn update(update: ConfigUpdate) -> ExecuteMsg {
    ExecuteMsg::UpdateConfig(update)
}

/// An update of the one field `set` sets.
fn only(set: impl FnOnce(&mut ConfigUpdate)) -> ConfigUpdate {
    let mut update = ConfigUpdate::default();
    set(&mut update);
    update
}

fn config(suite: &Suite) -> Config {
    query::config(suite.deps.as_ref()).unwrap()
}

#[test]
fn the_owner_updates_the_config_within_bounds() {
    let mut suite = Suite::new();
    let before = config(&suite);
    let res = suite
        .exec(
            "dao",
            update(ConfigUpdate {
                relayer: Some(addr("relayer2").to_string()),
                treasury: Some(addr("treasury2").to_string()),
                min_capacity: Some(2),
                min_stake_per_capacity: Some(Uint128::new(3 * PER_CAPACITY)),
                max_open_blocks: Some(9),
                slash_fraction: Some(Decimal::one()),
                slash_reward_multiple: Some(2),
            }),
        )
        .unwrap();
    assert_eq!(
        config(&suite),
        Config {
            relayer: addr("relayer2"),
            treasury: addr("treasury2"),
            min_capacity: 2,
            min_stake_per_capacity: Uint128::new(3 * PER_CAPACITY),
            max_open_blocks: 9,
            slash_fraction: Decimal::one(),
            slash_reward_multiple: 2,
            ..before.clone()
        }
    );
    let expected = [
        ("action", "update_config".to_string()),
        ("relayer", addr("relayer2").to_string()),
        ("treasury", addr("treasury2").to_string()),
        ("min_capacity", "2".to_string()),
        ("min_stake_per_capacity", (3 * PER_CAPACITY).to_string()),
        ("max_open_blocks", "9".to_string()),
        ("slash_fraction", "1".to_string()),
        ("slash_reward_multiple", "2".to_string()),
    ]
    .map(|(k, v)| Attribute::new(k, v));
    assert_eq!(res.attributes, expected);

    // A field left out keeps its value; an empty update changes nothing.
    let now = config(&suite);
    let res = suite
        .exec(
            "dao",
            update(ConfigUpdate {
                max_open_blocks: Some(3),
                ..ConfigUpdate::default()
            }),
        )
        .unwrap();
    assert_eq!(res.attributes.len(), 2);
    assert_eq!(
        config(&suite),
        Config {
            max_open_blocks: 3,
            ..now
        }
    );
    let now = config(&suite);
    suite.exec("dao", update(ConfigUpdate::default())).unwrap();
    assert_eq!(config(&suite), now);
    assert_eq!(now.stake_token, before.stake_token);
    assert_eq!(now.fee_denom, before.fee_denom);
    suite.assert_books();
}

#[test]
fn strangers_and_funds_are_refused() {
    let mut suite = Suite::new();
    let change = update(ConfigUpdate {
        relayer: Some(addr("mallory").to_string()),
        ..ConfigUpdate::default()
    });
    for stranger in ["mallory", "relayer", "treasury"] {
        let err = suite.refuse(stranger, &[], change.clone());
        assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    }
    let err = suite.refuse("dao", &coins(1, DENOM), change);
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(config(&suite).relayer, addr("relayer"));
}

#[test]
fn each_bound_is_refused_and_changes_nothing() {
    let mut suite = Suite::with_prover("alice", 2 * PER_CAPACITY, Decimal::permille(20), 2);
    let zero = |field| ContractError::Bound(BoundError::Zero { field });
    let below_two = || {
        ContractError::Bound(BoundError::BelowMin {
            field: "slash_reward_multiple",
            value: "1".to_string(),
            min: "2".to_string(),
        })
    };
    let zeroed = [
        (only(|u| u.min_capacity = Some(0)), "min_capacity"),
        (
            only(|u| u.min_stake_per_capacity = Some(Uint128::zero())),
            "min_stake_per_capacity",
        ),
        (only(|u| u.max_open_blocks = Some(0)), "max_open_blocks"),
        (
            only(|u| u.slash_fraction = Some(Decimal::zero())),
            "slash_fraction",
        ),
        (
            only(|u| u.slash_reward_multiple = Some(0)),
            "slash_reward_multiple",
        ),
    ];
    let mut cases: Vec<(ConfigUpdate, ContractError)> = zeroed
        .into_iter()
        .map(|(update, field)| (update, zero(field)))
        .collect();
    cases.extend([
        (
            only(|u| u.slash_fraction = Some(Decimal::percent(101))),
            ContractError::Bound(BoundError::AboveMax {
                field: "slash_fraction",
                value: "1.01".to_string(),
                max: "1".to_string(),
            }),
        ),
        (only(|u| u.slash_reward_multiple = Some(1)), below_two()),
        (
            only(|u| u.relayer = Some("Not An Address".to_string())),
            ContractError::Std(
                MockApi::default()
                    .addr_validate("Not An Address")
                    .unwrap_err(),
            ),
        ),
        (
            only(|u| u.treasury = Some(String::new())),
            ContractError::Std(MockApi::default().addr_validate("").unwrap_err()),
        ),
        // One bad field fails the good ones with it.
        (
            ConfigUpdate {
                relayer: Some(addr("relayer2").to_string()),
                max_open_blocks: Some(9),
                slash_fraction: Some(Decimal::percent(10)),
                slash_reward_multiple: Some(1),
                ..ConfigUpdate::default()
            },
            below_two(),
        ),
    ]);
    let before = config(&suite);
    for (bad, expected) in cases {
        let err = suite.refuse("dao", &[], update(bad.clone()));
        assert_eq!(err, expected, "{bad:?}");
    }
    assert_eq!(config(&suite), before);
    suite.assert_books();
}
