//! Everything that can go wrong between this client and the chain.

use std::path::PathBuf;
use std::time::Duration;

use thiserror::Error;

/// Where in its life a transaction failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxStage {
    /// The node's gas simulation rejected it; nothing was broadcast.
    Simulation,
    /// The mempool's `CheckTx` refused it; it never reached a block.
    CheckTx,
    /// It was included in a block and its execution failed.
    Execution,
}

impl std::fmt::Display for TxStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TxStage::Simulation => "simulation",
            TxStage::CheckTx => "check_tx",
            TxStage::Execution => "execution",
        })
    }
}

#[derive(Debug, Error)]
pub enum ClientError {
    #[error("node {url} is unreachable: {reason}")]
    Unreachable { url: String, reason: String },

    #[error("node {url} answered with an error: {reason}")]
    Rpc { url: String, reason: String },

    #[error("account {address} not found on chain: it has never been funded")]
    AccountNotFound { address: String },

    #[error("account {address} holds {balance}{denom}, less than the {needed}{denom} fee")]
    Unfunded {
        address: String,
        denom: String,
        balance: u128,
        needed: u128,
    },

    #[error("tx {hash} failed in {stage}: code {code} (codespace {codespace}): {log}", hash = hash.as_deref().unwrap_or("-"))]
    TxFailed {
        stage: TxStage,
        hash: Option<String>,
        code: u32,
        codespace: String,
        log: String,
    },

    #[error("tx {hash} was not included in a block within {}s", waited.as_secs())]
    InclusionTimeout { hash: String, waited: Duration },

    #[error("the chain's clock did not reach {target_secs} s (Unix time) within {}s", waited.as_secs())]
    ClockBehind { target_secs: u64, waited: Duration },

    #[error("query {path} failed: code {code} (codespace {codespace}): {log}")]
    QueryFailed {
        path: String,
        code: u32,
        codespace: String,
        log: String,
    },

    #[error("the node's reply to {what} could not be decoded: {reason}")]
    Decode { what: String, reason: String },

    #[error("the chain's reply lacks {what}")]
    MissingInReply { what: String },

    #[error("no key: {variable} is not set (eval \"$(scripts/localnet.sh env)\")")]
    MissingKey { variable: String },

    #[error("invalid key: {reason}")]
    InvalidKey { reason: String },

    #[error("invalid address {address}: {reason}")]
    InvalidAddress { address: String, reason: String },

    #[error("invalid gas price {input:?}: expected an amount and a denom, like 0.025uatom")]
    InvalidGasPrice { input: String },

    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),

    #[error("building the tx: {reason}")]
    Encode { reason: String },
}

impl ClientError {
    pub(crate) fn decode(what: impl Into<String>, reason: impl ToString) -> Self {
        ClientError::Decode {
            what: what.into(),
            reason: reason.to_string(),
        }
    }

    pub(crate) fn encode(reason: impl ToString) -> Self {
        ClientError::Encode {
            reason: reason.to_string(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ClientError::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = ClientError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_what_failed() {
        let unreachable = ClientError::Unreachable {
            url: "http://127.0.0.1:36657".into(),
            reason: "connection refused".into(),
        };
        assert_eq!(
            unreachable.to_string(),
            "node http://127.0.0.1:36657 is unreachable: connection refused"
        );
        let missing = ClientError::AccountNotFound {
            address: "cosmos1abc".into(),
        };
        assert_eq!(
            missing.to_string(),
            "account cosmos1abc not found on chain: it has never been funded"
        );
        let failed = ClientError::TxFailed {
            stage: TxStage::Execution,
            hash: Some("AB12".into()),
            code: 5,
            codespace: "wasm".into(),
            log: "failed to execute message".into(),
        };
        assert_eq!(
            failed.to_string(),
            "tx AB12 failed in execution: code 5 (codespace wasm): failed to execute message"
        );
        let simulated = ClientError::TxFailed {
            stage: TxStage::Simulation,
            hash: None,
            code: 2,
            codespace: "sdk".into(),
            log: "tx parse error".into(),
        };
        assert_eq!(
            simulated.to_string(),
            "tx - failed in simulation: code 2 (codespace sdk): tx parse error"
        );
        let timeout = ClientError::InclusionTimeout {
            hash: "AB12".into(),
            waited: Duration::from_secs(30),
        };
        assert_eq!(
            timeout.to_string(),
            "tx AB12 was not included in a block within 30s"
        );
        let unfunded = ClientError::Unfunded {
            address: "cosmos1abc".into(),
            denom: "uatom".into(),
            balance: 10,
            needed: 2500,
        };
        assert_eq!(
            unfunded.to_string(),
            "account cosmos1abc holds 10uatom, less than the 2500uatom fee"
        );
    }
}
