use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{coins, Decimal, Response};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::hub::{ConfigUpdate, ExecuteMsg};

use super::{addr, exec, exec_paying, setup, Deps};
use crate::error::ContractError;
use crate::query;

#[test]
fn owner_changes_figures_within_bounds() {
    let mut deps = setup();
    let update = ConfigUpdate {
        light_budget: Some(Decimal::percent(8)),
        treasury: Some(addr("new_treasury")),
        ..ConfigUpdate::default()
    };
    let res = exec(&mut deps, "dao", ExecuteMsg::UpdateConfig(update)).unwrap();
    assert_eq!(res.attributes[0].value, "update_config");
    let keys: Vec<_> = res.attributes.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "action",
            "protocol_fee",
            "exit_fee",
            "light_budget",
            "epoch_period"
        ]
    );

    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.light_budget, Decimal::percent(8));
    assert_eq!(config.treasury.as_str(), addr("new_treasury"));
}

#[test]
fn out_of_bounds_update_changes_nothing() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let mut fees = before.fees.clone();
    fees.protocol_fee = Decimal::percent(50);
    let update = ConfigUpdate {
        fees: Some(fees),
        light_budget: Some(Decimal::percent(8)),
        ..ConfigUpdate::default()
    };
    let err = exec(&mut deps, "dao", ExecuteMsg::UpdateConfig(update)).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::AboveMax {
            field: "protocol_fee",
            ..
        })
    ));
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
}

#[test]
fn refuses_strangers_and_funds() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let update = ExecuteMsg::UpdateConfig(ConfigUpdate {
        light_budget: Some(Decimal::percent(8)),
        ..ConfigUpdate::default()
    });
    let err = exec(&mut deps, "mallory", update.clone()).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));

    let err = exec_paying(&mut deps, "dao", &coins(5, "uatom"), update).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
}

fn update_oracle(deps: &mut Deps, sender: &str, oracle: &str) -> Result<Response, ContractError> {
    let update = ConfigUpdate {
        oracle: Some(oracle.to_string()),
        ..ConfigUpdate::default()
    };
    exec(deps, sender, ExecuteMsg::UpdateConfig(update))
}

#[test]
fn the_owner_names_the_oracle() {
    let mut deps = setup();
    assert_eq!(query::config(deps.as_ref()).unwrap().oracle, None);
    update_oracle(&mut deps, "dao", &addr("oracle")).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.oracle, Some(MockApi::default().addr_make("oracle")));
}

#[test]
fn a_stranger_or_a_malformed_oracle_changes_nothing() {
    let mut deps = setup();
    update_oracle(&mut deps, "dao", &addr("oracle")).unwrap();
    let before = query::config(deps.as_ref()).unwrap();

    let err = update_oracle(&mut deps, "mallory", &addr("mallory")).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));
    let err = update_oracle(&mut deps, "dao", "not an address").unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
}
