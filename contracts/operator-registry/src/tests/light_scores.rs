use cosmwasm_std::Decimal;
use faro_types::bounds::BoundError;
use faro_types::operator_registry::{ExecuteMsg, LightScore, MAX_LIGHT_SCORE, MAX_OPERATORS};

use super::{active, exec, exec_paid, operator, setup, valoper};
use crate::error::ContractError;

fn scores(pairs: &[(&str, u64)]) -> ExecuteMsg {
    ExecuteMsg::SetLightScores {
        scores: pairs
            .iter()
            .map(|(name, percent)| LightScore {
                valoper: valoper(name),
                score: Decimal::percent(*percent),
            })
            .collect(),
    }
}

#[test]
fn operators_start_with_the_full_score_the_oracle_and_owner_move() {
    let mut deps = setup();
    active(&mut deps, "alice", 1);
    active(&mut deps, "bob", 1);
    assert_eq!(operator(&deps, "alice").light_score, MAX_LIGHT_SCORE);
    exec(&mut deps, "oracle", scores(&[("alice", 40), ("bob", 90)])).unwrap();
    exec(&mut deps, "dao", scores(&[("bob", 70)])).unwrap();
    assert_eq!(operator(&deps, "alice").light_score, Decimal::percent(40));
    assert_eq!(operator(&deps, "bob").light_score, Decimal::percent(70));
}

#[test]
fn strangers_funds_unknown_operators_and_out_of_bound_scores_are_refused() {
    let mut deps = setup();
    active(&mut deps, "alice", 1);
    let err = exec(&mut deps, "mallory", scores(&[("alice", 1)])).unwrap_err();
    assert!(matches!(err, ContractError::Unauthorized { .. }), "{err:?}");
    let err = exec_paid(&mut deps, "oracle", 1, scores(&[("alice", 1)])).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    let err = exec(&mut deps, "oracle", scores(&[("alice", 101)])).unwrap_err();
    assert!(
        matches!(err, ContractError::Bound(BoundError::AboveMax { .. })),
        "{err:?}"
    );
    let err = exec(
        &mut deps,
        "oracle",
        scores(&[("alice", 50), ("nobody", 50)]),
    )
    .unwrap_err();
    assert!(
        matches!(err, ContractError::OperatorNotFound { .. }),
        "{err:?}"
    );
    let names: Vec<String> = (0..=MAX_OPERATORS).map(|i| format!("op{i}")).collect();
    let many: Vec<(&str, u64)> = names.iter().map(|n| (n.as_str(), 1)).collect();
    let err = exec(&mut deps, "oracle", scores(&many)).unwrap_err();
    assert!(matches!(err, ContractError::Bound(_)), "{err:?}");
    // A refused message sets nothing, even the scores before the failing one.
    assert_eq!(operator(&deps, "alice").light_score, MAX_LIGHT_SCORE);
}
