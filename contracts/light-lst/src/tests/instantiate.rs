use cosmwasm_std::testing::{message_info, mock_env};
use cosmwasm_std::{Decimal, Decimal256, Uint128};
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::denom::DenomError;
use faro_types::lifecycle::MigrateError;
use faro_types::light_lst::{InstantiateMsg, MigrateMsg};
use faro_types::token::TokenMetadataError;

use super::{addr, chain, coins, instantiate_msg, setup, state, total_supply, MockDeps, VALOPER};
use crate::contract::{instantiate, migrate, CONTRACT_NAME, CONTRACT_VERSION};
use crate::error::ContractError;
use crate::query;

fn run(deps: &mut MockDeps, msg: InstantiateMsg) -> Result<(), ContractError> {
    let info = message_info(&addr("registry"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg).map(|_| ())
}

/// `msg` is refused and nothing is stored.
fn refused(msg: InstantiateMsg) -> ContractError {
    let mut deps = chain(None);
    let err = run(&mut deps, msg).unwrap_err();
    assert!(query::config(deps.as_ref()).is_err());
    err
}

#[test]
fn serves_one_existing_operator_from_empty_books() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.operator, VALOPER);
    assert_eq!(config.operator_account, addr("validator"));
    assert_eq!(config.reward_address, addr("rewards"));
    assert_eq!(config.registry, addr("registry"));
    assert_eq!(config.max_commission, Decimal::percent(20));

    let state = state(&deps);
    assert_eq!(state.commission, Decimal::percent(10));
    assert_eq!(state.pending_commission, None);
    assert_eq!(state.commission_changed_at, None);
    assert_eq!(state.reward_index, Decimal256::zero());
    assert_eq!(
        (
            state.total_units,
            state.unsettled_rewards,
            state.undistributed
        ),
        (Uint128::zero(), Uint128::zero(), Uint128::zero())
    );
    assert_eq!(total_supply(&deps), 0);
    let info = query::token_info(deps.as_ref()).unwrap();
    assert_eq!((info.symbol.as_str(), info.decimals), ("lightATOM-bob", 6));

    let version = cw2::get_contract_version(&deps.storage).unwrap();
    assert_eq!(
        (version.contract.as_str(), version.version.as_str()),
        (CONTRACT_NAME, CONTRACT_VERSION)
    );
    let ownership = cw_ownable::get_ownership(&deps.storage).unwrap();
    assert_eq!(ownership.owner, Some(addr("dao")));
}

#[test]
fn refuses_an_unknown_validator() {
    let mut deps = cosmwasm_std::testing::mock_dependencies();
    let err = run(&mut deps, instantiate_msg()).unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownValidator {
            operator: VALOPER.to_string()
        }
    );
    let other = InstantiateMsg {
        operator: "cosmwasmvaloper1alice".to_string(),
        ..instantiate_msg()
    };
    assert!(matches!(
        refused(other),
        ContractError::UnknownValidator { .. }
    ));
}

#[test]
fn refuses_commission_above_its_ceiling() {
    // The field named, the commission and its ceiling.
    let cases = [
        ("commission", Decimal::percent(21), Decimal::percent(20)),
        (
            "max_commission",
            Decimal::percent(10),
            Decimal::percent(101),
        ),
    ];
    for (field, commission, max_commission) in cases {
        let msg = InstantiateMsg {
            commission,
            max_commission,
            ..instantiate_msg()
        };
        let err = refused(msg);
        assert!(
            matches!(err, ContractError::Bound(BoundError::AboveMax { field: f, .. }) if f == field),
            "{field}: {err:?}"
        );
    }
    let all = InstantiateMsg {
        commission: Decimal::one(),
        max_commission: Decimal::one(),
        ..instantiate_msg()
    };
    run(&mut chain(None), all).unwrap();
}

#[test]
fn refuses_a_malformed_denom_token_or_address() {
    let bad_denom = InstantiateMsg {
        denom: "u".to_string(),
        ..instantiate_msg()
    };
    assert!(matches!(
        refused(bad_denom),
        ContractError::Denom(DenomError::Invalid { .. })
    ));
    let mut bad_token = instantiate_msg();
    bad_token.token.symbol = "l t".to_string();
    assert_eq!(
        refused(bad_token),
        ContractError::Token(TokenMetadataError::InvalidSymbol)
    );
    let bad_addresses = [
        InstantiateMsg {
            owner: "DAO".to_string(),
            ..instantiate_msg()
        },
        InstantiateMsg {
            registry: "REGISTRY".to_string(),
            ..instantiate_msg()
        },
        InstantiateMsg {
            operator_account: "VALIDATOR".to_string(),
            ..instantiate_msg()
        },
        InstantiateMsg {
            reward_address: "REWARDS".to_string(),
            ..instantiate_msg()
        },
    ];
    for msg in bad_addresses {
        let mut deps = chain(None);
        let err = run(&mut deps, msg).unwrap_err();
        assert!(matches!(err, ContractError::Std(_)), "{err:?}");
    }
}

#[test]
fn refuses_funds() {
    let mut deps = chain(None);
    let info = message_info(&addr("registry"), &coins(1));
    let err = instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
}

#[test]
fn migrates_its_own_code_and_refuses_another() {
    let mut deps = setup();
    let res = migrate(deps.as_mut(), mock_env(), MigrateMsg {}).unwrap();
    assert_eq!(res.attributes[2].value, CONTRACT_VERSION);
    cw2::set_contract_version(&mut deps.storage, "crates.io:faro-hub", "0.1.0").unwrap();
    assert!(matches!(
        migrate(deps.as_mut(), mock_env(), MigrateMsg {}).unwrap_err(),
        ContractError::Migrate(MigrateError::WrongContract { .. })
    ));
}
