//! What every Faro contract does the same way at instantiate (record its version, set its
//! first owner) and at migrate (refuse another contract's code or an older release).

use cosmwasm_schema::cw_serde;
use cosmwasm_std::{DepsMut, Response, StdError, Storage};
use semver::Version;
use thiserror::Error;

/// Every Faro contract migrates with an empty message; data migrations, when a release
/// needs one, run inside `migrate` keyed on the stored version.
#[cw_serde]
pub struct MigrateMsg {}

#[derive(Error, Debug, PartialEq)]
pub enum MigrateError {
    #[error(transparent)]
    Std(#[from] StdError),

    #[error("cannot migrate contract {found} with the code of {expected}")]
    WrongContract { expected: String, found: String },

    #[error("cannot downgrade from version {from} to {to}")]
    Downgrade { from: String, to: String },

    #[error("version {version} is not semantic versioning")]
    InvalidVersion { version: String },
}

/// Records the contract's version and its first owner, once the caller has validated and
/// saved its configuration.
pub fn instantiate(
    deps: DepsMut,
    name: &str,
    version: &str,
    owner: &str,
) -> Result<Response, StdError> {
    record_version(deps.storage, name, version)?;
    let ownership = cw_ownable::initialize_owner(deps.storage, deps.api, Some(owner))?;
    Ok(Response::new()
        .add_attribute("action", "instantiate")
        .add_attribute("contract", name)
        .add_attribute("version", version)
        .add_attributes(ownership.into_attributes()))
}

/// Records `name` and `version` (the crate's own) for later migrations.
pub fn record_version(
    storage: &mut dyn Storage,
    name: &str,
    version: &str,
) -> Result<(), StdError> {
    cw2::set_contract_version(storage, name, version)
}

/// Checks that the stored contract is `name` at a version not above `version`, records
/// the new version, and answers with the `from_version` / `to_version` attributes.
pub fn migrate(
    storage: &mut dyn Storage,
    name: &str,
    version: &str,
) -> Result<Response, MigrateError> {
    let stored = cw2::get_contract_version(storage)?;
    if stored.contract != name {
        return Err(MigrateError::WrongContract {
            expected: name.to_string(),
            found: stored.contract,
        });
    }
    if parse(&stored.version)? > parse(version)? {
        return Err(MigrateError::Downgrade {
            from: stored.version,
            to: version.to_string(),
        });
    }
    record_version(storage, name, version)?;
    Ok(Response::new()
        .add_attribute("action", "migrate")
        .add_attribute("from_version", stored.version)
        .add_attribute("to_version", version))
}

fn parse(version: &str) -> Result<Version, MigrateError> {
    Version::parse(version).map_err(|_| MigrateError::InvalidVersion {
        version: version.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cosmwasm_std::testing::MockStorage;

    fn stored(name: &str, version: &str) -> MockStorage {
        let mut storage = MockStorage::new();
        record_version(&mut storage, name, version).unwrap();
        storage
    }

    #[test]
    fn upgrades_and_reports_both_versions() {
        let mut storage = stored("crates.io:faro-hub", "0.1.0");
        let res = migrate(&mut storage, "crates.io:faro-hub", "0.2.0").unwrap();
        assert_eq!(res.attributes[1].value, "0.1.0");
        assert_eq!(res.attributes[2].value, "0.2.0");
        let now = cw2::get_contract_version(&storage).unwrap();
        assert_eq!(now.version, "0.2.0");
    }

    #[test]
    fn same_version_is_accepted() {
        let mut storage = stored("crates.io:faro-hub", "0.2.0");
        migrate(&mut storage, "crates.io:faro-hub", "0.2.0").unwrap();
    }

    #[test]
    fn refuses_another_contract_a_downgrade_and_a_malformed_version_keeping_the_version() {
        let cases = [
            (
                ("crates.io:faro-oracle", "0.1.0"),
                "0.2.0",
                MigrateError::WrongContract {
                    expected: "crates.io:faro-hub".to_string(),
                    found: "crates.io:faro-oracle".to_string(),
                },
            ),
            (
                ("crates.io:faro-hub", "0.10.0"),
                "0.9.1",
                MigrateError::Downgrade {
                    from: "0.10.0".to_string(),
                    to: "0.9.1".to_string(),
                },
            ),
            (
                ("crates.io:faro-hub", "one"),
                "0.1.0",
                MigrateError::InvalidVersion {
                    version: "one".to_string(),
                },
            ),
        ];
        for ((name, version), new_version, expected) in cases {
            let mut storage = stored(name, version);
            let err = migrate(&mut storage, "crates.io:faro-hub", new_version).unwrap_err();
            assert_eq!(err, expected);
            let kept = cw2::get_contract_version(&storage).unwrap();
            assert_eq!(
                (kept.contract.as_str(), kept.version.as_str()),
                (name, version)
            );
        }
    }

    #[test]
    fn refuses_a_contract_without_version() {
        let mut storage = MockStorage::new();
        let err = migrate(&mut storage, "crates.io:faro-hub", "0.1.0").unwrap_err();
        assert!(matches!(err, MigrateError::Std(_)));
    }
}
