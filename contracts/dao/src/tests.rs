use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi};
use cosmwasm_std::Decimal;
use faro_types::dao::InstantiateMsg;

use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg(threshold: Decimal, quorum: Decimal) -> InstantiateMsg {
    let api = MockApi::default();
    InstantiateMsg {
        owner: api.addr_make("multisig").to_string(),
        gov_token: api.addr_make("fro").to_string(),
        unstaking_period: 14 * 24 * 3600,
        voting_period: 7 * 24 * 3600,
        threshold,
        quorum,
    }
}

#[test]
fn governs_with_a_majority_threshold_and_quorum() {
    let mut deps = mock_dependencies();
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    let good = msg(Decimal::percent(51), Decimal::percent(33));
    instantiate(deps.as_mut(), mock_env(), info, good).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.gov_token, MockApi::default().addr_make("fro"));
    assert_eq!(config.quorum, Decimal::percent(33));
}

#[test]
fn refuses_a_half_threshold_and_an_empty_quorum() {
    let cases = [
        (msg(Decimal::percent(50), Decimal::percent(33)), "threshold"),
        (
            msg(Decimal::percent(101), Decimal::percent(33)),
            "threshold",
        ),
        (msg(Decimal::percent(60), Decimal::zero()), "quorum"),
        (msg(Decimal::percent(60), Decimal::percent(101)), "quorum"),
    ];
    for (bad, field) in cases {
        let mut deps = mock_dependencies();
        let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
        let err = instantiate(deps.as_mut(), mock_env(), info, bad).unwrap_err();
        let ContractError::Bound(bound) = err else {
            panic!("{err:?}")
        };
        assert!(bound.to_string().starts_with(field), "{bound}");
        assert!(query::config(deps.as_ref()).is_err());
    }
}
