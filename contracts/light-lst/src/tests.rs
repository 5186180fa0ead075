use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::{Decimal, DepsMut, Response, Validator};
use faro_types::bounds::BoundError;
use faro_types::light_lst::InstantiateMsg;
use faro_types::token::TokenMetadata;

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

const BOB: &str = "cosmwasmvaloper1bob";

fn msg() -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("dao").to_string(),
        registry: api.addr_make("registry").to_string(),
        operator: BOB.to_string(),
        reward_address: api.addr_make("bob").to_string(),
        denom: "uatom".to_string(),
        token: TokenMetadata {
            name: "Faro light ATOM, Bob".to_string(),
            symbol: "lightATOM-bob".to_string(),
            decimals: 6,
        },
        commission: Decimal::percent(10),
        max_commission: Decimal::percent(20),
    }
}

fn run(deps: DepsMut, msg: InstantiateMsg) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make("registry"), &[]);
    instantiate(deps, mock_env(), info, msg)
}

fn chain_with_bob(
) -> cosmwasm_std::OwnedDeps<cosmwasm_std::MemoryStorage, MockApi, cosmwasm_std::testing::MockQuerier>
{
    let mut deps = mock_dependencies();
    let bob = Validator::create(
        BOB.to_string(),
        Decimal::percent(5),
        Decimal::one(),
        Decimal::percent(1),
    );
    deps.querier.staking.update("uatom", &[bob], &[]);
    deps
}

#[test]
fn serves_one_existing_operator() {
    let mut deps = chain_with_bob();
    run(deps.as_mut(), msg()).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.operator, BOB);
    assert_eq!(config.commission, Decimal::percent(10));
}

#[test]
fn refuses_an_unknown_validator() {
    let mut deps = mock_dependencies();
    let err = run(deps.as_mut(), msg()).unwrap_err();
    assert_eq!(
        err,
        ContractError::UnknownValidator {
            operator: BOB.to_string()
        }
    );
    assert!(query::config(deps.as_ref()).is_err());
}

#[test]
fn refuses_commission_above_its_ceiling() {
    let mut deps = chain_with_bob();
    let greedy = InstantiateMsg {
        commission: Decimal::percent(21),
        ..msg()
    };
    let err = run(deps.as_mut(), greedy).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::AboveMax {
            field: "commission",
            ..
        })
    ));
    let no_ceiling = InstantiateMsg {
        max_commission: Decimal::percent(101),
        ..msg()
    };
    let err = run(deps.as_mut(), no_ceiling).unwrap_err();
    assert!(matches!(
        err,
        ContractError::Bound(BoundError::AboveMax {
            field: "max_commission",
            ..
        })
    ));
}
