use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{coins, Coin, Decimal, Uint128, Validator};
use cw_utils::PaymentError;
use faro_types::operator_registry::{ExecuteMsg, OperatorStatus, OperatorUpdate, Services};

use super::{
    account, addr, exec, is_registered, no_update, not_found, operator, register_as, registration,
    setup, update_operator, valoper,
};
use crate::contract::execute;
use crate::error::ContractError;
use crate::query;

#[test]
fn a_validator_registers_itself_as_pending() {
    let mut deps = setup();
    let res = register_as(&mut deps, "alice", "alice").unwrap();
    assert_eq!(res.attributes[0].value, "register");
    assert!(res.messages.is_empty());
    let alice = operator(&deps, "alice");
    assert_eq!(alice.status, OperatorStatus::Pending);
    assert_eq!(alice.account.as_str(), account("alice"));
    assert_eq!(alice.weight, 0);
    assert_eq!(
        (alice.bond, alice.light_lst, alice.exits_at),
        (Uint128::zero(), None, None)
    );
    assert_eq!(
        query::heavy_weights(deps.as_ref(), None, None)
            .unwrap()
            .total_weight,
        0
    );
}

#[test]
fn only_a_known_validators_own_account_registers_it() {
    let by_another = ContractError::NotValidatorAccount {
        valoper: valoper("alice"),
    };
    let unknown = ContractError::UnknownValidator {
        valoper: valoper("dave"),
    };
    // (sender, validator, refusal)
    for (sender, name, expected) in [("mallory", "alice", by_another), ("dave", "dave", unknown)] {
        let mut deps = setup();
        let err = register_as(&mut deps, sender, name).unwrap_err();
        assert_eq!(err, expected, "{sender} registering {name}");
        assert!(!is_registered(&deps, name));
    }
}

#[test]
fn refuses_malformed_validators() {
    let mut deps = setup();
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
fn refuses_twice_no_services_bad_monikers_and_bad_addresses() {
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

    let mut reg = registration("bob");
    reg.reward_address = "Bob".to_string();
    let err = exec(&mut deps, "bob", ExecuteMsg::Register(reg)).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    assert!(!is_registered(&deps, "bob"));
}

#[test]
fn a_registration_may_carry_the_bond_and_nothing_else() {
    let mut deps = setup();
    let register = |funds: Vec<Coin>, deps: &mut super::Deps| {
        let info = message_info(&addr("bob"), &funds);
        execute(
            deps.as_mut(),
            mock_env(),
            info,
            ExecuteMsg::Register(registration("bob")),
        )
    };
    let cases = [
        (
            coins(5, "uosmo"),
            PaymentError::MissingDenom("uatom".to_string()),
        ),
        (
            vec![Coin::new(5u128, "uatom"), Coin::new(5u128, "uosmo")],
            PaymentError::MultipleDenoms {},
        ),
        (coins(0, "uatom"), PaymentError::NoFunds {}),
    ];
    for (funds, expected) in cases {
        let err = register(funds, &mut deps).unwrap_err();
        assert_eq!(err, ContractError::Payment(expected));
        assert!(!is_registered(&deps, "bob"));
    }

    // Phase 1: any bond, even below the minimum, and the operator waits for the owner.
    let res = register(coins(5, "uatom"), &mut deps).unwrap();
    assert_eq!(super::attr(&res, "bond"), "5");
    let bob = operator(&deps, "bob");
    assert_eq!(
        (bob.bond, bob.status),
        (Uint128::new(5), OperatorStatus::Pending)
    );
}

#[test]
fn the_operator_alone_updates_its_profile() {
    let mut deps = setup();
    register_as(&mut deps, "alice", "alice").unwrap();
    let update = OperatorUpdate {
        reward_address: Some(account("alice_new_rewards")),
        moniker: Some("Alice & co".to_string()),
        ..no_update("alice")
    };
    let err = update_operator(&mut deps, "mallory", update.clone()).unwrap_err();
    assert_eq!(
        err,
        ContractError::NotValidatorAccount {
            valoper: valoper("alice")
        }
    );

    let res = update_operator(&mut deps, "alice", update).unwrap();
    // No light LST to tell.
    assert!(res.messages.is_empty());
    let alice = operator(&deps, "alice");
    assert_eq!(alice.moniker, "Alice & co");
    assert_eq!(alice.reward_address.as_str(), account("alice_new_rewards"));

    let bad = OperatorUpdate {
        reward_address: Some("Alice".to_string()),
        moniker: Some("changed".to_string()),
        ..no_update("alice")
    };
    let err = update_operator(&mut deps, "alice", bad).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    assert_eq!(operator(&deps, "alice").moniker, "Alice & co");

    let info = message_info(&addr("alice"), &coins(1, "uatom"));
    let paid = ExecuteMsg::UpdateOperator(no_update("alice"));
    let err = execute(deps.as_mut(), mock_env(), info, paid).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));

    let err = update_operator(&mut deps, "bob", no_update("bob")).unwrap_err();
    assert_eq!(err, not_found("bob"));
}

#[test]
fn the_operator_set_is_bounded() {
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
