//! The gas table: one row per tx.

use faro_client::TxOutcome;

pub fn print(title: &str, steps: &[(String, TxOutcome)]) {
    let width = steps
        .iter()
        .map(|(operation, _)| operation.chars().count())
        .max()
        .unwrap_or(0)
        .max("operation".len());
    println!("\n{title}");
    println!(
        "| {:<width$} | {:<64} | {:>10} | {:>10} |",
        "operation", "tx hash", "gas_wanted", "gas_used"
    );
    println!(
        "|{}|{}|{}|{}|",
        "-".repeat(width + 2),
        "-".repeat(66),
        "-".repeat(12),
        "-".repeat(12)
    );
    for (operation, outcome) in steps {
        println!(
            "| {:<width$} | {:<64} | {:>10} | {:>10} |",
            operation, outcome.hash, outcome.gas_wanted, outcome.gas_used
        );
    }
}
