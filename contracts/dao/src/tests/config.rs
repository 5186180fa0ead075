use cosmwasm_std::testing::message_info;
use cosmwasm_std::Decimal;
use faro_types::dao::{ConfigUpdate, ExecuteMsg, InstantiateMsg};

use super::{addr, at, instantiate_msg, run, setup, START};
use crate::contract::instantiate;
use crate::error::ContractError;
use crate::query;

fn msg(threshold: Decimal, quorum: Decimal) -> InstantiateMsg {
    InstantiateMsg {
        threshold,
        quorum,
        ..instantiate_msg()
    }
}

#[test]
fn governs_with_a_majority_threshold_and_quorum() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.gov_token, addr("fro"));
    assert_eq!(config.threshold, Decimal::percent(51));
    assert_eq!(config.quorum, Decimal::percent(33));
}

#[test]
fn refuses_a_half_threshold_an_empty_quorum_and_zero_periods() {
    let cases = [
        (msg(Decimal::percent(50), Decimal::percent(33)), "threshold"),
        (
            msg(Decimal::percent(101), Decimal::percent(33)),
            "threshold",
        ),
        (msg(Decimal::percent(60), Decimal::zero()), "quorum"),
        (msg(Decimal::percent(60), Decimal::percent(101)), "quorum"),
        (
            InstantiateMsg {
                voting_period: 0,
                ..instantiate_msg()
            },
            "voting_period",
        ),
        (
            InstantiateMsg {
                unstaking_period: 0,
                ..instantiate_msg()
            },
            "unstaking_period",
        ),
    ];
    for (bad, field) in cases {
        let mut deps = cosmwasm_std::testing::mock_dependencies();
        let info = message_info(&addr("deployer"), &[]);
        let err = instantiate(deps.as_mut(), at(START), info, bad).unwrap_err();
        let ContractError::Bound(bound) = err else {
            panic!("{err:?}")
        };
        assert!(bound.to_string().starts_with(field), "{bound}");
        assert!(query::config(deps.as_ref()).is_err());
    }
}

#[test]
fn refuses_an_invalid_gov_token() {
    let mut deps = cosmwasm_std::testing::mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let bad = InstantiateMsg {
        gov_token: "Not An Address".to_string(),
        ..instantiate_msg()
    };
    let err = instantiate(deps.as_mut(), at(START), info, bad).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
}

#[test]
fn only_the_dao_itself_updates_its_rules() {
    let mut deps = setup();
    let update = ConfigUpdate {
        voting_period: Some(3 * 24 * 3600),
        threshold: Some(Decimal::percent(60)),
        ..ConfigUpdate::default()
    };
    for sender in ["multisig", "alice"] {
        let err = run(
            &mut deps,
            at(START),
            sender,
            ExecuteMsg::UpdateConfig(update.clone()),
        )
        .unwrap_err();
        assert_eq!(
            err,
            ContractError::NotDao {
                sender: addr(sender).to_string()
            }
        );
    }
    let mut env = at(START);
    env.contract.address = addr("dao");
    let info = message_info(&addr("dao"), &[]);
    crate::contract::execute(deps.as_mut(), env, info, ExecuteMsg::UpdateConfig(update)).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.voting_period, 3 * 24 * 3600);
    assert_eq!(config.threshold, Decimal::percent(60));
    assert_eq!(config.quorum, Decimal::percent(33));
}

#[test]
fn an_update_out_of_bounds_changes_nothing() {
    let mut deps = setup();
    let mut env = at(START);
    env.contract.address = addr("dao");
    let info = message_info(&addr("dao"), &[]);
    let update = ConfigUpdate {
        voting_period: Some(1),
        quorum: Some(Decimal::zero()),
        ..ConfigUpdate::default()
    };
    let err = crate::contract::execute(deps.as_mut(), env, info, ExecuteMsg::UpdateConfig(update))
        .unwrap_err();
    assert!(matches!(err, ContractError::Bound(_)), "{err:?}");
    assert_eq!(
        query::config(deps.as_ref()).unwrap().voting_period,
        instantiate_msg().voting_period
    );
}
