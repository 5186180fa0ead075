use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{coins, Decimal};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::denom::DenomError;
use faro_types::hub::InstantiateMsg;

use super::{instantiate_msg, instantiate_with, setup};
use crate::contract::{instantiate, CONTRACT_NAME, CONTRACT_VERSION};
use crate::error::ContractError;
use crate::query;

#[test]
fn stores_validated_config_owner_and_version() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    let msg = instantiate_msg();
    assert_eq!(config.heavy_lst.as_str(), msg.heavy_lst);
    assert_eq!(config.fees, msg.fees);
    assert_eq!(config.epoch_period, msg.epoch_period);

    let ownership = cw_ownable::get_ownership(&deps.storage).unwrap();
    assert_eq!(ownership.owner.unwrap().as_str(), msg.owner);
    let version = cw2::get_contract_version(&deps.storage).unwrap();
    assert_eq!(
        (version.contract.as_str(), version.version.as_str()),
        (CONTRACT_NAME, CONTRACT_VERSION)
    );
}

#[test]
fn refuses_funds() {
    let mut deps = mock_dependencies();
    let info = message_info(
        &MockApi::default().addr_make("deployer"),
        &coins(1, "uatom"),
    );
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn refuses_malformed_addresses_and_denom() {
    let mut deps = mock_dependencies();
    let mut msg = instantiate_msg();
    msg.treasury = "not-an-address".to_string();
    assert!(matches!(
        instantiate_with(deps.as_mut(), msg).unwrap_err(),
        ContractError::Std(_)
    ));

    let mut msg = instantiate_msg();
    msg.denom = "1atom".to_string();
    let err = instantiate_with(deps.as_mut(), msg).unwrap_err();
    assert_eq!(
        err,
        ContractError::Denom(DenomError::Invalid {
            denom: "1atom".to_string()
        })
    );
    assert!(
        cw2::get_contract_version(&deps.storage).is_err(),
        "nothing stored"
    );
}

#[test]
fn refuses_figures_out_of_bounds() {
    type Mutation = fn(&mut InstantiateMsg);
    let cases: [(Mutation, &str); 4] = [
        (
            |m| m.fees.protocol_fee = Decimal::percent(31),
            "protocol_fee",
        ),
        (|m| m.fees.exit_fee = Decimal::percent(6), "exit_fee"),
        (
            |m| {
                m.fees.operator_share = Decimal::percent(95);
                m.fees.insurance_share = Decimal::percent(10);
            },
            "operator_share + insurance_share",
        ),
        (|m| m.light_budget = Decimal::percent(21), "light_budget"),
    ];
    for (mutate, field) in cases {
        let mut msg = instantiate_msg();
        mutate(&mut msg);
        let err = instantiate_with(mock_dependencies().as_mut(), msg).unwrap_err();
        assert!(
            matches!(err, ContractError::Bound(BoundError::AboveMax { field: f, .. }) if f == field),
            "{field}: {err:?}"
        );
    }
}

#[test]
fn refuses_epochs_too_short_for_seven_unbonding_entries() {
    let mut msg = instantiate_msg();
    msg.unbonding_period = 21 * 24 * 3600;
    msg.epoch_period = 3 * 24 * 3600 - 1;
    let err = instantiate_with(mock_dependencies().as_mut(), msg).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::BelowMin {
            field: "epoch_period",
            ..
        })
    ));

    let mut msg = instantiate_msg();
    msg.unbonding_period = 0;
    let err = instantiate_with(mock_dependencies().as_mut(), msg).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero {
            field: "unbonding_period"
        })
    );
}
