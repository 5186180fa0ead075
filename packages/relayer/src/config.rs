//! The relayer's configuration file, validated as a whole before anything runs.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use std::str::FromStr;

use cosmwasm_std::Decimal;
use faro_client::{GasAdjustment, GasPrice};
use serde::Deserialize;
use thiserror::Error;

pub const MAX_BATCH_SIZE: u32 = 100;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub l1: L1,
    pub cosmos: Cosmos,
    pub contracts: Contracts,
    pub relay: Relay,
    pub status: Status,
}

/// The rollup's settlement chain.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct L1 {
    pub rpc_url: String,
    /// The rollup's L1 contract whose events are relayed (`0x` + 40 hex digits).
    pub rollup_contract: String,
    /// Blocks an event must be buried under before it is acted on.
    pub confirmations: u64,
    /// Where to start when there is no checkpoint yet.
    pub start_block: u64,
}

/// The Cosmos chain Faro runs on.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cosmos {
    /// The node's CometBFT RPC: queries, simulation and broadcast all go through it.
    pub rpc_url: String,
    pub chain_id: String,
    /// Account address prefix, e.g. `cosmos`.
    pub prefix: String,
    pub gas_price: f64,
    pub gas_denom: String,
    /// Simulated gas is multiplied by this before signing.
    pub gas_adjustment: f64,
    pub key: Key,
}

/// The relayer's signing key: a mnemonic read from an environment variable, or a file
/// holding one; never the mnemonic itself in the configuration.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub enum Key {
    MnemonicEnv(String),
    MnemonicFile(PathBuf),
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contracts {
    pub oracle: String,
    pub prover_pool: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relay {
    /// Executes signed in one transaction at most.
    pub batch_size: u32,
    /// Where the last fully handled L1 block is kept across restarts.
    pub checkpoint: PathBuf,
    pub poll_interval_ms: u64,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// The status and metrics endpoint; loopback only.
    pub listen: SocketAddr,
}

#[derive(Error, Debug)]
pub enum ConfigError {
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),

    #[error("malformed configuration: {0}")]
    Parse(#[from] toml::de::Error),

    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },
}

fn invalid(field: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        field,
        reason: reason.into(),
    }
}

impl Config {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        Self::parse(&std::fs::read_to_string(path)?)
    }

    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let config: Config = toml::from_str(text)?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        check_url("l1.rpc_url", &self.l1.rpc_url)?;
        check_url("cosmos.rpc_url", &self.cosmos.rpc_url)?;
        check_l1_address("l1.rollup_contract", &self.l1.rollup_contract)?;
        if self.l1.confirmations == 0 {
            return Err(invalid(
                "l1.confirmations",
                "must be at least 1 to survive reorgs",
            ));
        }
        if self.cosmos.chain_id.trim().is_empty() {
            return Err(invalid("cosmos.chain_id", "must not be empty"));
        }
        let prefix = &self.cosmos.prefix;
        check_bech32("contracts.oracle", &self.contracts.oracle, prefix)?;
        check_bech32("contracts.prover_pool", &self.contracts.prover_pool, prefix)?;
        if !(self.cosmos.gas_price.is_finite() && self.cosmos.gas_price >= 0.0) {
            return Err(invalid("cosmos.gas_price", "must be a non-negative number"));
        }
        if !(self.cosmos.gas_adjustment.is_finite() && self.cosmos.gas_adjustment >= 1.0) {
            return Err(invalid("cosmos.gas_adjustment", "must be at least 1.0"));
        }
        if !(1..=MAX_BATCH_SIZE).contains(&self.relay.batch_size) {
            return Err(invalid(
                "relay.batch_size",
                format!("must be 1 to {MAX_BATCH_SIZE}"),
            ));
        }
        if self.relay.poll_interval_ms == 0 {
            return Err(invalid("relay.poll_interval_ms", "must be positive"));
        }
        if !self.status.listen.ip().is_loopback() {
            return Err(invalid("status.listen", "must be a loopback address"));
        }
        Ok(())
    }

    pub fn gas_price(&self) -> GasPrice {
        GasPrice::new(decimal(self.cosmos.gas_price), &self.cosmos.gas_denom)
    }

    pub fn gas_adjustment(&self) -> GasAdjustment {
        GasAdjustment(decimal(self.cosmos.gas_adjustment))
    }

    /// What the relayer will use, without secrets.
    pub fn summary(&self) -> String {
        let key = match &self.cosmos.key {
            Key::MnemonicEnv(var) => format!("mnemonic from ${var}"),
            Key::MnemonicFile(path) => format!("mnemonic from {}", path.display()),
        };
        format!(
            "L1 {} (rollup {}, {} confirmations, from block {})\n\
             Cosmos {} at {} (key: {key})\n\
             oracle {}\nprover pool {}\n\
             batches of {}, checkpoint {}, status on {}\n",
            self.l1.rpc_url,
            self.l1.rollup_contract,
            self.l1.confirmations,
            self.l1.start_block,
            self.cosmos.chain_id,
            self.cosmos.rpc_url,
            self.contracts.oracle,
            self.contracts.prover_pool,
            self.relay.batch_size,
            self.relay.checkpoint.display(),
            self.status.listen,
        )
    }
}

/// A validated, finite, non-negative number as a decimal; Rust prints `f64`s without an
/// exponent, which is the form `Decimal` parses.
fn decimal(value: f64) -> Decimal {
    Decimal::from_str(&value.to_string()).unwrap_or(Decimal::MAX)
}

fn check_url(field: &'static str, url: &str) -> Result<(), ConfigError> {
    let rest = ["http://", "https://", "ws://", "wss://"]
        .iter()
        .find_map(|scheme| url.strip_prefix(scheme));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => Ok(()),
        _ => Err(invalid(
            field,
            format!("{url:?} is not an http(s) or ws(s) URL"),
        )),
    }
}

fn check_l1_address(field: &'static str, address: &str) -> Result<(), ConfigError> {
    let hex = address.strip_prefix("0x").unwrap_or_default();
    if hex.len() != 40 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(invalid(
            field,
            format!("{address:?} is not 0x and 40 hex digits"),
        ));
    }
    Ok(())
}

/// A shape check only (prefix, separator, bech32 alphabet); the chain checks the sum.
fn check_bech32(field: &'static str, address: &str, prefix: &str) -> Result<(), ConfigError> {
    const ALPHABET: &str = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    let data = address
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('1'))
        .unwrap_or_default();
    if data.len() < 38 || !data.chars().all(|c| ALPHABET.contains(c)) {
        return Err(invalid(
            field,
            format!("{address:?} is not a {prefix}1… address"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../relayer.example.toml");

    fn with(from: &str, to: &str) -> Result<Config, ConfigError> {
        assert!(EXAMPLE.contains(from), "{from}");
        Config::parse(&EXAMPLE.replacen(from, to, 1))
    }

    fn field_of(result: Result<Config, ConfigError>) -> &'static str {
        match result {
            Err(ConfigError::Invalid { field, .. }) => field,
            other => panic!("expected an invalid field, got {other:?}"),
        }
    }

    #[test]
    fn the_example_is_valid() {
        let config = Config::parse(EXAMPLE).unwrap();
        assert_eq!(config.l1.confirmations, 12);
        assert_eq!(
            config.cosmos.key,
            Key::MnemonicEnv("FARO_RELAYER_MNEMONIC".to_string())
        );
        assert!(config.summary().contains("12 confirmations"));
    }

    #[test]
    fn each_bad_field_is_named() {
        let cases = [
            (
                r#"rpc_url = "http://127.0.0.1:8545""#,
                r#"rpc_url = "127.0.0.1:8545""#,
                "l1.rpc_url",
            ),
            (
                "confirmations = 12",
                "confirmations = 0",
                "l1.confirmations",
            ),
            (
                "0x5FbDB2315678afecb367f032d93F642f64180aa3",
                "0x5FbDB",
                "l1.rollup_contract",
            ),
            (
                "gas_adjustment = 1.3",
                "gas_adjustment = 0.9",
                "cosmos.gas_adjustment",
            ),
            ("batch_size = 20", "batch_size = 101", "relay.batch_size"),
            (
                "poll_interval_ms = 2000",
                "poll_interval_ms = 0",
                "relay.poll_interval_ms",
            ),
            (
                r#"listen = "127.0.0.1:9464""#,
                r#"listen = "0.0.0.0:9464""#,
                "status.listen",
            ),
            (
                r#"oracle = "cosmos1"#,
                r#"oracle = "osmo1"#,
                "contracts.oracle",
            ),
            (
                r#"chain_id = "faro-localnet""#,
                r#"chain_id = " ""#,
                "cosmos.chain_id",
            ),
        ];
        for (from, to, field) in cases {
            assert_eq!(field_of(with(from, to)), field, "{to}");
        }
    }

    #[test]
    fn unknown_and_missing_keys_are_refused() {
        let unknown = with("[relay]", "[relay]\nspeed = 3");
        assert!(matches!(unknown, Err(ConfigError::Parse(_))));
        let missing = with("confirmations = 12\n", "");
        assert!(matches!(missing, Err(ConfigError::Parse(_))));
    }

    #[test]
    fn the_key_comes_from_a_file_or_the_environment_only() {
        let file = with(
            r#"mnemonic_env = "FARO_RELAYER_MNEMONIC""#,
            r#"mnemonic_file = "key.txt""#,
        );
        assert_eq!(
            file.unwrap().cosmos.key,
            Key::MnemonicFile(PathBuf::from("key.txt"))
        );
        let inline = with(
            r#"mnemonic_env = "FARO_RELAYER_MNEMONIC""#,
            r#"mnemonic = "abandon""#,
        );
        assert!(matches!(inline, Err(ConfigError::Parse(_))));
    }

    #[test]
    fn a_missing_file_is_a_read_error() {
        let err = Config::load(Path::new("/nonexistent/relayer.toml")).unwrap_err();
        assert!(matches!(err, ConfigError::Read(_)));
    }
}
