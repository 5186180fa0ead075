//! `faro`: deploy Faro to a chain, call and query its contracts, and run the protocol
//! scenario, from the command line.

mod commands;
mod keys;
mod table;

use std::process::ExitCode;

use clap::Parser;

use commands::Cli;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
