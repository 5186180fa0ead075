use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Attribute, Decimal, Uint128};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::{Config, ConfigUpdate, ExecuteMsg};

use super::{account, addr, exec, setup};
use crate::contract::execute;
use crate::error::ContractError;
use crate::query;

/// An update of the configuration fields `set` sets, and no other.
fn update_config(set: impl FnOnce(&mut ConfigUpdate)) -> ExecuteMsg {
    let mut update = ConfigUpdate::default();
    set(&mut update);
    ExecuteMsg::UpdateConfig(update)
}

#[test]
fn the_owner_replaces_each_given_field() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let res = exec(
        &mut deps,
        "dao",
        ExecuteMsg::UpdateConfig(ConfigUpdate {
            permissionless: Some(true),
            min_bond: Some(Uint128::new(5)),
            max_leverage: Some(50),
            max_commission: Some(Decimal::percent(10)),
            exit_period: Some(3600),
            treasury: Some(account("new_treasury")),
            oracle: Some(account("new_oracle")),
            light_lst_code_id: Some(9),
        }),
    )
    .unwrap();
    let after = query::config(deps.as_ref()).unwrap();
    assert_eq!(
        after,
        Config {
            permissionless: true,
            min_bond: Uint128::new(5),
            max_leverage: 50,
            max_commission: Decimal::percent(10),
            exit_period: 3600,
            treasury: addr("new_treasury"),
            oracle: Some(addr("new_oracle")),
            light_lst_code_id: 9,
            ..before.clone()
        }
    );
    let expected = [
        ("action", "update_config".to_string()),
        ("permissionless", "true".to_string()),
        ("min_bond", "5".to_string()),
        ("max_leverage", "50".to_string()),
        ("max_commission", "0.1".to_string()),
        ("exit_period", "3600".to_string()),
        ("treasury", account("new_treasury")),
        ("oracle", account("new_oracle")),
        ("light_lst_code_id", "9".to_string()),
        ("deactivated", "0".to_string()),
        ("activated", "0".to_string()),
    ]
    .map(|(k, v)| Attribute::new(k, v));
    assert_eq!(res.attributes, expected);

    // An empty update changes nothing.
    let res = exec(&mut deps, "dao", update_config(|_| {})).unwrap();
    assert_eq!(res.attributes.len(), 1);
    assert_eq!(query::config(deps.as_ref()).unwrap(), after);
}

#[test]
fn only_the_owner_updates_without_funds() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let phase2 = update_config(|u| u.permissionless = Some(true));
    let err = exec(&mut deps, "mallory", phase2.clone()).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let info = message_info(&addr("dao"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, phase2).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
}

#[test]
fn updates_keep_the_bounds() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let cases = [
        (
            update_config(|u| u.min_bond = Some(Uint128::zero())),
            BoundError::Zero { field: "min_bond" },
        ),
        (
            update_config(|u| u.max_leverage = Some(0)),
            BoundError::Zero {
                field: "max_leverage",
            },
        ),
        (
            update_config(|u| u.max_leverage = Some(1_001)),
            BoundError::AboveMax {
                field: "max_leverage",
                value: "1001".to_string(),
                max: "1000".to_string(),
            },
        ),
        (
            update_config(|u| u.max_commission = Some(Decimal::percent(101))),
            BoundError::AboveMax {
                field: "max_commission",
                value: "1.01".to_string(),
                max: "1".to_string(),
            },
        ),
        (
            update_config(|u| u.exit_period = Some(60 * 24 * 3600 + 1)),
            BoundError::AboveMax {
                field: "exit_period",
                value: (60 * 24 * 3600 + 1).to_string(),
                max: (60 * 24 * 3600).to_string(),
            },
        ),
        (
            // The permissionless switch is valid alone, but the update fails as a whole.
            update_config(|u| {
                u.light_lst_code_id = Some(0);
                u.permissionless = Some(true);
            }),
            BoundError::Zero {
                field: "light_lst_code_id",
            },
        ),
    ];
    for (bad, expected) in cases {
        let err = exec(&mut deps, "dao", bad).unwrap_err();
        assert_eq!(err, ContractError::Bound(expected));
    }
    for bad in [
        update_config(|u| u.treasury = Some("Treasury".to_string())),
        update_config(|u| u.oracle = Some("not an address".to_string())),
    ] {
        let err = exec(&mut deps, "dao", bad).unwrap_err();
        assert!(matches!(err, ContractError::Std(_)));
    }
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
}
