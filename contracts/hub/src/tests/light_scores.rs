//! The light operators' performance scores: set by the oracle or the owner, bounded, and
//! listed.

use cosmwasm_std::testing::{message_info, mock_env, MockApi};
use cosmwasm_std::{coins, from_json, Decimal};
use cw_ownable::OwnershipError;
use cw_utils::PaymentError;
use faro_types::bounds::BoundError;
use faro_types::hub::{ExecuteMsg, LightScore, LightScoresResponse, QueryMsg};
use faro_types::operator_registry::MAX_OPERATORS;

use super::{addr, instantiate_msg, instantiate_with};
use crate::contract::{execute, query};
use crate::error::ContractError;

fn scores(pairs: &[(&str, u64)]) -> ExecuteMsg {
    ExecuteMsg::SetLightScores {
        scores: pairs
            .iter()
            .map(|(valoper, percent)| LightScore {
                valoper: valoper.to_string(),
                score: Decimal::percent(*percent),
            })
            .collect(),
    }
}

fn listed(deps: cosmwasm_std::Deps) -> Vec<(String, Decimal)> {
    let msg = QueryMsg::LightScores {
        start_after: None,
        limit: None,
    };
    let res: LightScoresResponse = from_json(query(deps, mock_env(), msg).unwrap()).unwrap();
    res.scores
        .into_iter()
        .map(|s| (s.valoper, s.score))
        .collect()
}

fn setup_with_oracle(
) -> cosmwasm_std::OwnedDeps<cosmwasm_std::MemoryStorage, MockApi, cosmwasm_std::testing::MockQuerier>
{
    let mut deps = cosmwasm_std::testing::mock_dependencies();
    let msg = faro_types::hub::InstantiateMsg {
        oracle: Some(addr("oracle")),
        ..instantiate_msg()
    };
    instantiate_with(deps.as_mut(), msg).unwrap();
    deps
}

#[test]
fn the_oracle_and_the_owner_set_scores() {
    let mut deps = setup_with_oracle();
    let oracle = message_info(&MockApi::default().addr_make("oracle"), &[]);
    execute(
        deps.as_mut(),
        mock_env(),
        oracle,
        scores(&[("b", 50), ("a", 100)]),
    )
    .unwrap();
    let dao = message_info(&MockApi::default().addr_make("dao"), &[]);
    execute(deps.as_mut(), mock_env(), dao, scores(&[("b", 70)])).unwrap();
    assert_eq!(
        listed(deps.as_ref()),
        vec![
            ("a".to_string(), Decimal::percent(100)),
            ("b".to_string(), Decimal::percent(70))
        ]
    );
}

#[test]
fn strangers_funds_and_out_of_bound_scores_are_refused() {
    let mut deps = setup_with_oracle();
    let stranger = message_info(&MockApi::default().addr_make("mallory"), &[]);
    let err = execute(deps.as_mut(), mock_env(), stranger, scores(&[("a", 1)])).unwrap_err();
    assert_eq!(err, ContractError::Ownership(OwnershipError::NotOwner));

    let paying = message_info(&MockApi::default().addr_make("oracle"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), paying, scores(&[("a", 1)])).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));

    let oracle = message_info(&MockApi::default().addr_make("oracle"), &[]);
    let err = execute(
        deps.as_mut(),
        mock_env(),
        oracle.clone(),
        scores(&[("a", 101)]),
    )
    .unwrap_err();
    assert!(
        matches!(err, ContractError::Bound(BoundError::AboveMax { .. })),
        "{err:?}"
    );

    let many: Vec<(String, u64)> = (0..=MAX_OPERATORS).map(|i| (i.to_string(), 1)).collect();
    let many: Vec<(&str, u64)> = many.iter().map(|(v, s)| (v.as_str(), *s)).collect();
    let err = execute(deps.as_mut(), mock_env(), oracle, scores(&many)).unwrap_err();
    assert!(matches!(err, ContractError::Bound(_)), "{err:?}");
    assert!(
        listed(deps.as_ref()).is_empty(),
        "a refused call sets nothing"
    );
}
