//! `faro-relayer`: follows the rollup's L1 and submits what it sees to Faro's contracts.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use faro_relayer::config::Config;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check => match Config::load(&cli.config) {
            Ok(config) => {
                print!("{}", config.summary());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("{}: {err}", cli.config.display());
                ExitCode::FAILURE
            }
        },
    }
}
