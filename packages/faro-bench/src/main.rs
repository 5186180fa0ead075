//! `faro-bench`: deploys Faro on a running chain, measures the gas of every operation and
//! its scaling, writes the samples as JSON lines and the report, and fails when the
//! report's checks do (a user operation growing with the holders, an epoch not linear in
//! the operators or beyond a block).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Result};
use clap::{Parser, ValueEnum};
use cosmwasm_std::Decimal;
use faro_bench::bench::{Sources, GAS_ADJUSTMENT_PERCENT};
use faro_bench::keys::Keys;
use faro_bench::{operations, report, scaling, Bench, Recorder};
use faro_client::{Client, GasAdjustment, GasPrice};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Part {
    /// Every operation once, the chain's floors beside them, and the provers' scaling.
    Operations,
    /// User operations as the heavy LST's holders grow.
    Holders,
    /// The epoch as the operator set grows; creates up to 98 validators on the chain.
    Operators,
}

#[derive(Debug, Parser)]
#[command(name = "faro-bench", about = "Gas per Faro operation on a real chain")]
struct Args {
    #[arg(long, env = "FARO_RPC", default_value = "http://127.0.0.1:36657")]
    rpc: String,
    #[arg(long, env = "FARO_CHAIN_ID", default_value = "faro-local-1")]
    chain_id: String,
    #[arg(long, env = "FARO_DENOM", default_value = "uatom")]
    denom: String,
    #[arg(long, default_value = "0.025uatom")]
    gas_price: GasPrice,
    #[arg(long, default_value = "artifacts")]
    artifacts: PathBuf,
    /// cw20-base, the FRO token's code.
    #[arg(long, env = "FARO_CW20_WASM")]
    cw20_wasm: PathBuf,
    /// The samples, one JSON object a line.
    #[arg(long, default_value = "target/bench/samples.jsonl")]
    out: PathBuf,
    /// Where to write BENCHMARKS.md and benchmarks/.
    #[arg(long, default_value = ".")]
    report_dir: PathBuf,
    #[arg(long, value_enum, value_delimiter = ',', default_values = ["operations", "holders", "operators"])]
    parts: Vec<Part>,
    /// Holder counts to measure at, ascending.
    #[arg(long, value_delimiter = ',', default_values = ["1", "100", "10000"])]
    holders: Vec<u64>,
    /// Operator counts to measure the epoch at, ascending; the chain needs that many
    /// validators allowed (`max_validators`).
    #[arg(long, value_delimiter = ',', default_values = ["1", "10", "50", "100"])]
    operators: Vec<u64>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("faro-bench: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<()> {
    let started = Instant::now();
    let client = Client::connect(&args.rpc, &args.chain_id, &args.denom, args.gas_price.clone())
        .await?
        .with_gas_adjustment(GasAdjustment(Decimal::percent(GAS_ADJUSTMENT_PERCENT)))
        // Batches of many transfers take a while to execute.
        .with_inclusion_timeout(Duration::from_secs(120));
    let sources = Sources {
        artifacts_dir: args.artifacts.clone(),
        cw20_wasm: args.cw20_wasm.clone(),
    };
    let mut bench = Bench {
        client,
        keys: Keys::from_env()?,
        artifacts: sources.load()?,
        recorder: Recorder::create(&args.out)?,
        run_id: SystemTime::now()
            .duration_since(UNIX_EPOCH)?
            .as_secs()
            .to_string(),
    };
    if args.parts.contains(&Part::Operations) {
        operations::run(&mut bench).await?;
    }
    if args.parts.contains(&Part::Holders) {
        scaling::holders::run(&mut bench, &args.holders).await?;
    }
    if args.parts.contains(&Part::Operators) {
        scaling::operators::run(&mut bench, &args.operators).await?;
    }
    println!(
        "\n{} samples in {:.0} s, written to {}",
        bench.recorder.samples().len(),
        started.elapsed().as_secs_f64(),
        args.out.display()
    );
    let verdict = report::write(bench.recorder.samples(), &args.artifacts, &args.report_dir)?;
    let report = args.report_dir.join("BENCHMARKS.md");
    println!("report written to {}", report.display());
    for check in &verdict.checks {
        let mark = if check.passed { "pass" } else { "FAIL" };
        println!("{mark}: {} — {}", check.name, check.detail);
    }
    if !verdict.passed() {
        bail!("the benchmark's checks failed; see {}", report.display());
    }
    Ok(())
}
