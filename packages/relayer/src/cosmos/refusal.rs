//! Which chain failures are a contract's refusal of one action, as opposed to a failure
//! of the relayer's own (its node, its funds, its gas) that retrying may cure.

use faro_client::ClientError;

/// The codespace and code wasmd gives a contract's error.
const WASM_CODESPACE: &str = "wasm";
const EXECUTE_FAILED: u32 = 5;

/// A contract refused the tx: sending it again as it is would be refused again. Out of
/// gas, sequence mismatches and missing funds are the relayer's to fix, not refusals.
pub fn is_refusal(error: &ClientError) -> bool {
    matches!(
        error,
        ClientError::TxFailed { codespace, code, .. }
            if codespace == WASM_CODESPACE && *code == EXECUTE_FAILED
    )
}

#[cfg(test)]
mod tests {
    use faro_client::TxStage;

    use super::*;

    fn failed(stage: TxStage, codespace: &str, code: u32) -> ClientError {
        ClientError::TxFailed {
            stage,
            hash: None,
            code,
            codespace: codespace.into(),
            log: "failed to execute message".into(),
        }
    }

    #[test]
    fn a_contract_error_is_a_refusal_in_simulation_and_in_a_block() {
        assert!(is_refusal(&failed(TxStage::Simulation, "wasm", 5)));
        assert!(is_refusal(&failed(TxStage::Execution, "wasm", 5)));
    }

    #[test]
    fn the_relayers_own_failures_are_not() {
        // Insufficient funds, out of gas, wrong sequence.
        assert!(!is_refusal(&failed(TxStage::CheckTx, "sdk", 5)));
        assert!(!is_refusal(&failed(TxStage::Execution, "sdk", 11)));
        assert!(!is_refusal(&failed(TxStage::CheckTx, "sdk", 32)));
        // Other wasm errors: the contract was not even reached.
        assert!(!is_refusal(&failed(TxStage::Simulation, "wasm", 8)));
        assert!(!is_refusal(&ClientError::Unreachable {
            url: "http://127.0.0.1:26657".into(),
            reason: "connection refused".into(),
        }));
    }
}
