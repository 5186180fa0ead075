use cosmwasm_std::coins;
use cosmwasm_std::testing::{message_info, mock_env, MockApi};
use cw_utils::PaymentError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus, OperatorUpdate, Services};

use super::{account, exec, register_as, registration, setup, valoper};
use crate::contract::execute;
use crate::error::ContractError;
use crate::query;

#[test]
fn a_validator_registers_itself_as_pending() {
    let mut deps = setup();
    let res = register_as(&mut deps, "alice", "alice").unwrap();
    assert_eq!(res.attributes[0].value, "register");
    let operator = query::operator(deps.as_ref(), valoper("alice"))
        .unwrap()
        .unwrap();
    assert_eq!(operator.status, OperatorStatus::Pending);
    assert_eq!(operator.account.as_str(), account("alice"));
    assert_eq!(operator.weight, 0);
    assert_eq!(
        query::heavy_weights(deps.as_ref(), None, None)
            .unwrap()
            .total_weight,
        0
    );
}

#[test]
fn only_the_validators_own_account_registers_it() {
    let mut deps = setup();
    let err = register_as(&mut deps, "mallory", "alice").unwrap_err();
    assert_eq!(
        err,
        ContractError::NotValidatorAccount {
            valoper: valoper("alice")
        }
    );
    assert!(query::operator(deps.as_ref(), valoper("alice"))
        .unwrap()
        .is_none());
}

#[test]
fn refuses_unknown_and_malformed_validators() {
    let mut deps = setup();
    let err = register_as(&mut deps, "dave", "dave").unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownValidator {
            valoper: valoper("dave")
        }
    );

    for bad in [
        account("alice"),
        "cosmwasmvaloper1xyz".to_string(),
        valoper("alice").to_uppercase(),
    ] {
        let mut reg = registration("alice");
        reg.valoper = bad.clone();
        let err = exec(&mut deps, "alice", ExecuteMsg::Register(reg)).unwrap_err();
        assert_eq!(err, ContractError::InvalidValoper { valoper: bad });
    }
}

#[test]
fn refuses_twice_no_services_bad_monikers_and_funds() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let err = register_as(&mut deps, "alice", "alice").unwrap_err();
    assert_eq!(
        err,
        ContractError::AlreadyRegistered {
            valoper: valoper("alice")
        }
    );

    let mut idle = registration("bob");
    idle.services = Services {
        heavy: false,
        light: false,
    };
    assert_eq!(
        exec(&mut deps, "bob", ExecuteMsg::Register(idle)).unwrap_err(),
        ContractError::NoServices
    );

    for moniker in ["", &"m".repeat(71)] {
        let mut reg = registration("bob");
        reg.moniker = moniker.to_string();
        assert_eq!(
            exec(&mut deps, "bob", ExecuteMsg::Register(reg)).unwrap_err(),
            ContractError::InvalidMoniker
        );
    }

    let info = message_info(&MockApi::default().addr_make("bob"), &coins(1, "uatom"));
    let err = execute(
        deps.as_mut(),
        mock_env(),
        info,
        ExecuteMsg::Register(registration("bob")),
    )
    .unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert!(query::operator(deps.as_ref(), valoper("bob"))
        .unwrap()
        .is_none());
}

#[test]
fn the_operator_alone_updates_its_profile() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let update = OperatorUpdate {
        valoper: valoper("alice"),
        reward_address: Some(account("alice_new_rewards")),
        moniker: Some("Alice & co".to_string()),
        services: None,
    };
    let err = exec(
        &mut deps,
        "mallory",
        ExecuteMsg::UpdateOperator(update.clone()),
    )
    .unwrap_err();
    assert_eq!(
        err,
        ContractError::NotValidatorAccount {
            valoper: valoper("alice")
        }
    );

    exec(&mut deps, "alice", ExecuteMsg::UpdateOperator(update)).unwrap();
    let operator = query::operator(deps.as_ref(), valoper("alice"))
        .unwrap()
        .unwrap();
    assert_eq!(operator.moniker, "Alice & co");
    assert_eq!(
        operator.reward_address.as_str(),
        account("alice_new_rewards")
    );

    let missing = OperatorUpdate {
        valoper: valoper("bob"),
        reward_address: None,
        moniker: None,
        services: None,
    };
    let err = exec(&mut deps, "bob", ExecuteMsg::UpdateOperator(missing)).unwrap_err();
    assert_eq!(
        err,
        ContractError::OperatorNotFound {
            valoper: valoper("bob")
        }
    );
}

#[test]
fn the_operator_set_is_bounded() {
    use cosmwasm_std::{Decimal, Validator};
    use faro_types::operator_registry::MAX_OPERATORS;

    let mut deps = setup();
    let names: Vec<String> = (0..=MAX_OPERATORS)
        .map(|i| format!("validator{i}"))
        .collect();
    let validators: Vec<Validator> = names
        .iter()
        .map(|name| {
            Validator::create(
                valoper(name),
                Decimal::zero(),
                Decimal::one(),
                Decimal::one(),
            )
        })
        .collect();
    deps.querier.staking.update("uatom", &validators, &[]);
    let (last, first) = names.split_last().unwrap();
    for name in first {
        register_as(&mut deps, name, name).unwrap();
    }
    let err = register_as(&mut deps, last, last).unwrap_err();
    assert_eq!(err, ContractError::TooManyOperators { max: MAX_OPERATORS });

    exec(
        &mut deps,
        "dao",
        ExecuteMsg::Remove {
            valoper: valoper(&first[0]),
        },
    )
    .unwrap();
    register_as(&mut deps, last, last).unwrap();
}
