use cosmwasm_std::coins;
use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use faro_types::bounds::BoundError;
use faro_types::oracle_gateway::{IbcPeer, MigrateMsg};

use super::*;
use crate::contract::{migrate, CONTRACT_NAME};
use crate::query;

#[test]
fn instantiate_validates_the_config_and_takes_no_funds() {
    let deps = setup();
    let config = query::config(deps.as_ref()).unwrap();
    assert_eq!(config.oracle, addr("oracle"));
    assert_eq!(config.reporter, Some(reporter()));
    assert_eq!(
        cw2::get_contract_version(deps.as_ref().storage)
            .unwrap()
            .contract,
        CONTRACT_NAME
    );

    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), &[]);
    let bad_oracle = InstantiateMsg {
        oracle: "not an address".to_string(),
        ..instantiate_msg()
    };
    let err = instantiate(deps.as_mut(), mock_env(), info.clone(), bad_oracle).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)));
    let bad_peer = InstantiateMsg {
        reporter: Some(IbcPeer {
            connection_id: String::new(),
            port_id: REPORTER_PORT.to_string(),
        }),
        ..instantiate_msg()
    };
    let err = instantiate(deps.as_mut(), mock_env(), info, bad_peer).unwrap_err();
    assert_eq!(
        err,
        ContractError::Bound(BoundError::Zero {
            field: "connection_id"
        })
    );
    let paid = message_info(&addr("deployer"), &coins(1, "uatom"));
    let err = instantiate(deps.as_mut(), mock_env(), paid, instantiate_msg()).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
}

#[test]
fn only_the_owner_names_the_reporter() {
    let mut deps = setup();
    let msg = ExecuteMsg::SetReporter { reporter: None };
    assert!(matches!(
        exec(&mut deps, "oracle", msg.clone()).unwrap_err(),
        ContractError::Ownership(_)
    ));
    let bad = ExecuteMsg::SetReporter {
        reporter: Some(IbcPeer {
            connection_id: CONNECTION.to_string(),
            port_id: String::new(),
        }),
    };
    assert!(matches!(
        exec(&mut deps, "dao", bad).unwrap_err(),
        ContractError::Bound(BoundError::Zero { field: "port_id" })
    ));
    let paid = message_info(&addr("dao"), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), paid, msg.clone()).unwrap_err();
    assert!(matches!(err, ContractError::Payment(_)));
    assert_eq!(
        query::config(deps.as_ref()).unwrap().reporter,
        Some(reporter())
    );
    exec(&mut deps, "dao", msg).unwrap();
    assert_eq!(query::config(deps.as_ref()).unwrap().reporter, None);
}

#[test]
fn migrate_keeps_the_version_moving_forward() {
    let mut deps = setup();
    let res = migrate(deps.as_mut(), mock_env(), MigrateMsg {}).unwrap();
    assert_eq!(attr(&res, "to_version"), env!("CARGO_PKG_VERSION"));
    cw2::set_contract_version(deps.as_mut().storage, "crates.io:other", "0.1.0").unwrap();
    assert!(matches!(
        migrate(deps.as_mut(), mock_env(), MigrateMsg {}).unwrap_err(),
        ContractError::Migrate(_)
    ));
}
