//! `faro-relayer`: follows the rollup's L1 and submits what it sees to Faro's contracts.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use faro_relayer::config::Config;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    version,
    about = "Relays the rollup's L1 events to Faro's prover pool and oracle"
)]
struct Cli {
    /// The relayer's configuration file (TOML); see relayer.example.toml.
    #[arg(long, short, default_value = "relayer.toml")]
    config: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads and validates the configuration, then prints what the relayer would use.
    Check,
    /// Relays until stopped (SIGINT or SIGTERM) or until something needs an operator.
    /// Logs are JSON lines on stderr; FARO_RELAYER_LOG filters them (default `info`).
    Run,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(&cli.config) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("{}: {err}", cli.config.display());
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Command::Check => {
            print!("{}", config.summary());
            ExitCode::SUCCESS
        }
        Command::Run => run(config),
    }
}

fn run(config: Config) -> ExitCode {
    tracing_subscriber::fmt()
        .json()
        .with_writer(std::io::stderr)
        .with_env_filter(
            EnvFilter::try_from_env("FARO_RELAYER_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            tracing::error!("cannot start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        tokio::select! {
            result = faro_relayer::run::run(config) => {
                let Err(err) = result;
                tracing::error!("stopped: {err}");
                ExitCode::FAILURE
            }
            () = stopped() => {
                tracing::info!("stopped by signal");
                ExitCode::SUCCESS
            }
        }
    })
}

/// SIGINT or SIGTERM. Stopping anywhere is safe: a page is checkpointed only after its
/// actions are on chain, and the next run skips what the chain already holds.
async fn stopped() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        },
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
