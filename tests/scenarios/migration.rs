//! Migration is the owner's upgrade path: it must land only on the same contract and
//! never go back to an older release.

use cosmwasm_std::{Addr, Event};
use cw_multi_test::Executor;
use faro_testing::chain::account;
use faro_testing::Suite;
use faro_types::lifecycle::MigrateMsg;

use crate::common::{set_stored_version, stored_version};

fn migrate(suite: &mut Suite, contract: &Addr, code_id: u64) -> anyhow::Result<Vec<Event>> {
    let admin = suite.roles.governance.clone();
    let res = suite
        .app
        .migrate_contract(admin, contract.clone(), &MigrateMsg {}, code_id)?;
    Ok(res.events)
}

#[test]
fn the_same_contract_migrates_and_reports_its_versions() {
    let mut suite = Suite::builder().build().unwrap();
    for (name, contract) in suite.contracts.faro() {
        let code = suite.codes.of(name).unwrap();
        let events = migrate(&mut suite, &contract, code).unwrap();
        let wasm = events.iter().find(|e| e.ty == "wasm").unwrap();
        let attr = |key: &str| {
            wasm.attributes
                .iter()
                .find(|a| a.key == key)
                .unwrap()
                .value
                .clone()
        };
        assert_eq!(attr("from_version"), env!("CARGO_PKG_VERSION"), "{name}");
        assert_eq!(attr("to_version"), env!("CARGO_PKG_VERSION"), "{name}");
    }
}

#[test]
fn another_contracts_code_is_refused() {
    let mut suite = Suite::builder().build().unwrap();
    let contracts = suite.contracts.faro();
    for (index, (name, contract)) in contracts.iter().enumerate() {
        let (other, _) = contracts[(index + 1) % contracts.len()];
        let code = suite.codes.of(other).unwrap();
        let err = migrate(&mut suite, contract, code).unwrap_err();
        let expected = format!(
            "cannot migrate contract crates.io:faro-{name} with the code of crates.io:faro-{other}"
        );
        assert_eq!(err.root_cause().to_string(), expected);
        assert_eq!(
            stored_version(&suite, contract).contract,
            format!("crates.io:faro-{name}")
        );
    }
}

#[test]
fn an_older_release_is_refused() {
    let mut suite = Suite::builder().build().unwrap();
    for (name, contract) in suite.contracts.faro() {
        set_stored_version(&mut suite, &contract, name, "9.0.0");

        let code = suite.codes.of(name).unwrap();
        let err = migrate(&mut suite, &contract, code).unwrap_err();
        let expected = format!(
            "cannot downgrade from version 9.0.0 to {}",
            env!("CARGO_PKG_VERSION")
        );
        assert_eq!(err.root_cause().to_string(), expected, "{name}");
        assert_eq!(stored_version(&suite, &contract).version, "9.0.0", "{name}");
    }
}

#[test]
fn only_the_admin_migrates() {
    let mut suite = Suite::builder().build().unwrap();
    let (name, contract) = suite.contracts.faro()[0].clone();
    let code = suite.codes.of(name).unwrap();
    let err = suite
        .app
        .migrate_contract(account("mallory"), contract, &MigrateMsg {}, code)
        .unwrap_err();
    assert!(
        err.root_cause()
            .to_string()
            .starts_with("Only admin can migrate"),
        "{err:?}"
    );
}
