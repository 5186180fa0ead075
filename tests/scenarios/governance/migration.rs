//! The governor, the multisig or the token DAO, is wasm admin of every contract and
//! migrates them by proposal: to a new code of the same contract only, never to another
//! contract's code or an older release. The same release is accepted.

use cosmwasm_std::{to_json_binary, Addr, CosmosMsg, WasmMsg};
use cw_multi_test::Executor;
use faro_testing::codes::Codes;
use faro_testing::response::attribute;
use faro_testing::Suite;
use faro_types::lifecycle::MigrateMsg;

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

/// Passes a migration by the governor in charge and executes it.
fn run(suite: &mut Suite, governors: &Governors, msg: CosmosMsg) -> anyhow::Result<()> {
    suite.govern(governors.current(), vec![msg])?;
    Ok(())
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

#[test]
fn the_multisig_moves_every_contract_to_its_own_new_code() {
    every_contract_moves_to_its_own_new_code(Phase::Multisig);
}

#[test]
fn the_token_dao_moves_every_contract_to_its_own_new_code() {
    every_contract_moves_to_its_own_new_code(Phase::TokenDao);
}

fn another_contracts_code_fails_at_execution(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let hub = suite.contracts.hub.clone();
    let before = code_id(&suite, &hub);
    let oracle_code = suite.codes.oracle;
    let err = refusal(run(&mut suite, &governors, migrate(&hub, oracle_code)));
    assert_eq!(
        err,
        "cannot migrate contract crates.io:faro-hub with the code of crates.io:faro-oracle"
    );
    assert_eq!(code_id(&suite, &hub), before);
}

#[test]
fn another_contracts_code_fails_at_the_multisigs_execution() {
    another_contracts_code_fails_at_execution(Phase::Multisig);
}

#[test]
fn another_contracts_code_fails_at_the_token_daos_execution() {
    another_contracts_code_fails_at_execution(Phase::TokenDao);
}

fn an_older_release_fails_at_execution(phase: Phase) {
    let (mut suite, governors) = governed_suite(phase);
    let hub = suite.contracts.hub.clone();
    // The hub runs a later release than the code on offer.
    let newer = cw2::ContractVersion {
        contract: "crates.io:faro-hub".to_string(),
        version: "9.0.0".to_string(),
    };
    let bytes = cosmwasm_std::to_json_vec(&newer).unwrap();
    suite
        .app
        .contract_storage_mut(&hub)
        .set(b"contract_info", &bytes);
    let before = code_id(&suite, &hub);
    let release = Codes::store_all(&mut suite.app);
    let err = refusal(run(&mut suite, &governors, migrate(&hub, release.hub)));
    assert_eq!(
        err,
        format!(
            "cannot downgrade from version 9.0.0 to {}",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(code_id(&suite, &hub), before);
}

#[test]
fn an_older_release_fails_at_the_multisigs_execution() {
    an_older_release_fails_at_execution(Phase::Multisig);
}

#[test]
fn an_older_release_fails_at_the_token_daos_execution() {
    an_older_release_fails_at_execution(Phase::TokenDao);
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

#[test]
fn only_the_multisig_migrates() {
    no_one_else_migrates(Phase::Multisig);
}

#[test]
fn only_the_token_dao_migrates() {
    no_one_else_migrates(Phase::TokenDao);
}
