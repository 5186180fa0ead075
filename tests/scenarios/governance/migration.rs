//! The governor, the multisig or the token DAO, is wasm admin of every contract and
//! migrates them by proposal: to a new code of the same contract only, never to another
//! contract's code or an older release. The same release is accepted.

use cosmwasm_std::{to_json_binary, Addr, CosmosMsg, WasmMsg};
use cw_multi_test::Executor;
use faro_testing::codes::Codes;
use faro_testing::response::attribute;
use faro_testing::Suite;
use faro_types::lifecycle::MigrateMsg;

use crate::common::set_stored_version;

use super::{governed_suite, refusal, Governors, Phase};

fn migrate(contract: &Addr, new_code_id: u64) -> CosmosMsg {
    WasmMsg::Migrate {
        contract_addr: contract.to_string(),
        new_code_id,
        msg: to_json_binary(&MigrateMsg {}).unwrap(),
    }
    .into()
}

fn code_id(suite: &Suite, contract: &Addr) -> u64 {
    suite.app.contract_data(contract).unwrap().code_id
}

/// The governor in charge passes a migration of the hub to `new_code`, which fails when it
/// executes with `expected` and leaves the hub on its code.
#[track_caller]
fn assert_hub_migration_fails(
    suite: &mut Suite,
    governors: &Governors,
    new_code: u64,
    expected: &str,
) {
    let hub = suite.contracts.hub.clone();
    let before = code_id(suite, &hub);
    let res = suite.govern(governors.current(), vec![migrate(&hub, new_code)]);
    assert_eq!(refusal(res), expected);
    assert_eq!(code_id(suite, &hub), before);
}

fn every_contract_moves_to_its_own_new_code(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let release = Codes::store_all(&mut suite.app);
    for (name, contract) in suite.contracts.faro() {
        let new_code = release.of(name).unwrap();
        assert_ne!(code_id(&suite, &contract), new_code);
        let res = suite
            .govern(governors.current(), vec![migrate(&contract, new_code)])
            .unwrap();
        let to_version = attribute(&res, "to_version");
        assert_eq!(
            to_version,
            Some(env!("CARGO_PKG_VERSION")),
            "{phase:?} {name}"
        );
        assert_eq!(code_id(&suite, &contract), new_code, "{phase:?} {name}");
    }
}

fn another_contracts_code_fails_at_execution(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let oracle_code = suite.codes.oracle;
    assert_hub_migration_fails(
        &mut suite,
        &governors,
        oracle_code,
        "cannot migrate contract crates.io:faro-hub with the code of crates.io:faro-oracle",
    );
}

fn an_older_release_fails_at_execution(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    // The hub runs a later release than the code on offer.
    let hub = suite.contracts.hub.clone();
    set_stored_version(&mut suite, &hub, "hub", "9.0.0");
    let release = Codes::store_all(&mut suite.app);
    let expected = format!(
        "cannot downgrade from version 9.0.0 to {}",
        env!("CARGO_PKG_VERSION")
    );
    assert_hub_migration_fails(&mut suite, &governors, release.hub, &expected);
}

fn no_one_else_migrates(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let hub = suite.contracts.hub.clone();
    let before = code_id(&suite, &hub);
    let release = Codes::store_all(&mut suite.app);
    for sender in governors.outsiders(&suite) {
        let err = refusal(suite.app.migrate_contract(
            sender.clone(),
            hub.clone(),
            &MigrateMsg {},
            release.hub,
        ));
        assert!(
            err.starts_with("Only admin can migrate"),
            "{phase:?} {sender}: {err}"
        );
    }
    assert_eq!(code_id(&suite, &hub), before);
}

under_each_governor!(
    every_contract_moves_to_its_own_new_code,
    another_contracts_code_fails_at_execution,
    an_older_release_fails_at_execution,
    no_one_else_migrates,
);
