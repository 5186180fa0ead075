use cosmwasm_std::testing::message_info;
use cosmwasm_std::{coins, Coin, Decimal, Response};
use faro_types::dao::{
    ConfigUpdate, ExecuteMsg, InstantiateMsg, MAX_UNSTAKING_PERIOD, MAX_VOTING_PERIOD,
};

use super::{addr, at, instantiate_msg, run, setup, Deps, START};
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
fn refuses_a_half_threshold_an_empty_quorum_and_periods_out_of_bounds() {
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
        (
            InstantiateMsg {
                voting_period: MAX_VOTING_PERIOD + 1,
                ..instantiate_msg()
            },
            "voting_period",
        ),
        (
            InstantiateMsg {
                unstaking_period: MAX_UNSTAKING_PERIOD + 1,
                ..instantiate_msg()
            },
            "unstaking_period",
        ),
        (
            InstantiateMsg {
                voting_period: u64::MAX,
                unstaking_period: u64::MAX,
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
fn the_longest_periods_are_accepted() {
    let mut deps = cosmwasm_std::testing::mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let longest = InstantiateMsg {
        voting_period: MAX_VOTING_PERIOD,
        unstaking_period: MAX_UNSTAKING_PERIOD,
        ..instantiate_msg()
    };
    instantiate(deps.as_mut(), at(START), info, longest).unwrap();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(
        (config.voting_period, config.unstaking_period),
        (MAX_VOTING_PERIOD, MAX_UNSTAKING_PERIOD)
    );
}

fn as_dao(
    deps: &mut Deps,
    update: ConfigUpdate,
    funds: &[Coin],
) -> Result<Response, ContractError> {
    let mut env = at(START);
    env.contract.address = addr("dao");
    let info = message_info(&addr("dao"), funds);
    crate::contract::execute(deps.as_mut(), env, info, ExecuteMsg::UpdateConfig(update))
}

#[test]
fn an_update_out_of_bounds_changes_nothing() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let updates = [
        ConfigUpdate {
            voting_period: Some(1),
            quorum: Some(Decimal::zero()),
            ..ConfigUpdate::default()
        },
        ConfigUpdate {
            voting_period: Some(MAX_VOTING_PERIOD + 1),
            ..ConfigUpdate::default()
        },
        ConfigUpdate {
            threshold: Some(Decimal::percent(60)),
            unstaking_period: Some(MAX_UNSTAKING_PERIOD + 1),
            ..ConfigUpdate::default()
        },
    ];
    for update in updates {
        let err = as_dao(&mut deps, update, &[]).unwrap_err();
        assert!(matches!(err, ContractError::Bound(_)), "{err:?}");
        assert_eq!(query::config(deps.as_ref()).unwrap(), before);
    }
}

#[test]
fn refuses_funds_on_an_update() {
    let mut deps = setup();
    let before = query::config(deps.as_ref()).unwrap();
    let update = ConfigUpdate {
        voting_period: Some(3 * 24 * 3600),
        ..ConfigUpdate::default()
    };
    let err = as_dao(&mut deps, update.clone(), &coins(1, "uatom")).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)), "{err:?}");
    assert_eq!(query::config(deps.as_ref()).unwrap(), before);
    as_dao(&mut deps, update, &[]).unwrap();
}
