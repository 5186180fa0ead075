//! The subcommands, each a thin wrapper over the library.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use clap::{Args, Parser, Subcommand};
use cosmwasm_std::Coin;
use faro_client::deploy::{self, Artifacts, ChainParams, Deployment, Roles};
use faro_client::scenario::{self, Amounts, Players};
use faro_client::{address, Client, GasPrice};
use faro_types::liquid::LsmModule;

use crate::{keys, table};

#[derive(Debug, Parser)]
#[command(
    name = "faro",
    version,
    about = "Deploy and operate Faro on a Cosmos chain"
)]
pub struct Cli {
    #[command(flatten)]
    chain: ChainArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct ChainArgs {
    /// The node's CometBFT RPC.
    #[arg(
        long,
        env = "FARO_RPC",
        default_value = "http://127.0.0.1:36657",
        global = true
    )]
    rpc: String,
    #[arg(
        long,
        env = "FARO_CHAIN_ID",
        default_value = "faro-local-1",
        global = true
    )]
    chain_id: String,
    /// The staking denom.
    #[arg(long, env = "FARO_DENOM", default_value = "uatom", global = true)]
    denom: String,
    #[arg(long, default_value = "0.025uatom", global = true)]
    gas_price: GasPrice,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Upload every artifact, instantiate and wire the protocol, approve the operators.
    Deploy(DeployArgs),
    /// Execute a contract message.
    Exec(ExecArgs),
    /// Smart-query a contract.
    Query(QueryArgs),
    /// Bond, transfer, wrap, unbond and advance the epoch on a deployment; prints gas.
    Scenario(ScenarioArgs),
}

/// Keys are names (`alice` reads FARO_ALICE_MNEMONIC) or `@keyfile`.
#[derive(Debug, Args)]
struct DeployArgs {
    #[arg(long, default_value = "artifacts")]
    artifacts: PathBuf,
    /// cw20-base, for the FRO governance token.
    #[arg(long, env = "FARO_CW20_WASM")]
    cw20_wasm: PathBuf,
    #[arg(long, default_value = "target/faro-deploy.json")]
    out: PathBuf,
    #[arg(long, default_value = "carol")]
    deployer: String,
    /// Owner and admin of every contract; FRO has no admin.
    #[arg(long, default_value = "carol")]
    governance: String,
    #[arg(long, default_value = "relayer")]
    relayer: String,
    /// Validator accounts to register and approve as operators.
    #[arg(long = "operator", default_values = ["val1", "val2"])]
    operators: Vec<String>,
    /// The chain's unbonding time in seconds.
    #[arg(long, default_value_t = 60)]
    unbonding_period: u64,
    /// Seconds between hub epochs; the shortest the hub accepts when not given.
    #[arg(long)]
    epoch_period: Option<u64>,
    /// Appended to every instantiate2 salt, so a chain can hold several deployments.
    #[arg(long, default_value = "")]
    salt_suffix: String,
}

#[derive(Debug, Args)]
struct ExecArgs {
    #[arg(long, default_value = "target/faro-deploy.json")]
    deployment: PathBuf,
    #[arg(long)]
    from: String,
    /// A contract name of the deployment (`hub`, `heavy_lst`, …) or an address.
    contract: String,
    /// The message as JSON.
    msg: String,
    /// Coins to attach, e.g. `1000000uatom`.
    #[arg(long)]
    funds: Vec<Coin>,
}

#[derive(Debug, Args)]
struct QueryArgs {
    #[arg(long, default_value = "target/faro-deploy.json")]
    deployment: PathBuf,
    contract: String,
    msg: String,
}

#[derive(Debug, Args)]
struct ScenarioArgs {
    #[arg(long, default_value = "target/faro-deploy.json")]
    deployment: PathBuf,
    #[arg(long, default_value = "alice")]
    alice: String,
    #[arg(long, default_value = "bob")]
    bob: String,
    #[arg(long, default_value = "relayer")]
    keeper: String,
    /// The longest to wait for the hub's epoch to end, in seconds.
    #[arg(long, default_value_t = 30)]
    max_epoch_wait: u64,
}

pub async fn run(cli: Cli) -> Result<()> {
    let c = &cli.chain;
    let client = Client::connect(&c.rpc, &c.chain_id, &c.denom, c.gas_price.clone()).await?;
    match cli.command {
        Command::Deploy(args) => run_deploy(&client, args).await,
        Command::Exec(args) => run_exec(&client, args).await,
        Command::Query(args) => run_query(&client, args).await,
        Command::Scenario(args) => run_scenario(&client, args).await,
    }
}

async fn run_deploy(client: &Client, args: DeployArgs) -> Result<()> {
    let started = Instant::now();
    let artifacts = Artifacts::load(&args.artifacts, &args.cw20_wasm)?;
    let deployer = keys::load(&args.deployer)?;
    let governance = keys::load(&args.governance)?;
    let relayer = keys::load(&args.relayer)?;
    let operators = args
        .operators
        .iter()
        .map(|key| keys::load(key))
        .collect::<Result<Vec<_>>>()?;
    let chain = ChainParams {
        denom: client.denom().to_string(),
        unbonding_period: args.unbonding_period,
        epoch_period: args
            .epoch_period
            .unwrap_or_else(|| ChainParams::shortest_epoch(args.unbonding_period)),
        lsm_module: LsmModule::SdkStaking,
        token_symbol: "ATOM".to_string(),
    };
    let roles = Roles {
        deployer: &deployer,
        governance: &governance,
        relayer: relayer.address().to_string(),
        operators: operators.iter().collect(),
    };
    let report = deploy::deploy(client, &artifacts, &chain, &roles, &args.salt_suffix).await?;
    report.deployment.write(&args.out)?;
    table::print("deploy", &report.steps);
    println!(
        "\ndeploy: {} txs in {:.1}s; hub {}; written to {}",
        report.steps.len(),
        started.elapsed().as_secs_f64(),
        report.deployment.contracts.hub,
        args.out.display()
    );
    Ok(())
}

async fn run_exec(client: &Client, args: ExecArgs) -> Result<()> {
    let contract = resolve(&args.deployment, &args.contract)?;
    let signer = keys::load(&args.from)?;
    let msg: serde_json::Value = serde_json::from_str(&args.msg).context("the message")?;
    let outcome = client
        .execute(&signer, &contract, &msg, &args.funds)
        .await?;
    println!(
        "tx {} at height {}: gas {} of {}",
        outcome.hash, outcome.height, outcome.gas_used, outcome.gas_wanted
    );
    for event in outcome.events.iter().filter(|event| event.kind == "wasm") {
        let attributes: Vec<String> = event
            .attributes
            .iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect();
        println!("  wasm {}", attributes.join(" "));
    }
    Ok(())
}

async fn run_query(client: &Client, args: QueryArgs) -> Result<()> {
    let contract = resolve(&args.deployment, &args.contract)?;
    let msg: serde_json::Value = serde_json::from_str(&args.msg).context("the query")?;
    let answer: serde_json::Value = client.query_smart(&contract, &msg).await?;
    println!("{}", serde_json::to_string_pretty(&answer)?);
    Ok(())
}

async fn run_scenario(client: &Client, args: ScenarioArgs) -> Result<()> {
    let started = Instant::now();
    let deployment = Deployment::read(&args.deployment)?;
    let (alice, bob, keeper) = (
        keys::load(&args.alice)?,
        keys::load(&args.bob)?,
        keys::load(&args.keeper)?,
    );
    let players = Players {
        alice: &alice,
        bob: &bob,
        keeper: &keeper,
    };
    let amounts = Amounts {
        max_epoch_wait: Duration::from_secs(args.max_epoch_wait),
        ..Amounts::default()
    };
    let report = scenario::run(client, &deployment, &players, &amounts).await?;
    table::print("protocol scenario", &report.steps);
    for skipped in &report.skipped {
        println!("skipped: {skipped}");
    }
    println!(
        "\nscenario: {} txs in {:.1}s",
        report.steps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A contract named in the deployment file, or an address as given.
fn resolve(deployment: &std::path::Path, contract: &str) -> Result<String> {
    if address::is_valid(contract) {
        return Ok(contract.to_string());
    }
    let deployment = Deployment::read(deployment)?;
    deployment
        .contract(contract)
        .map(str::to_string)
        .ok_or_else(|| anyhow!("{contract} is neither an address nor a contract of the deployment"))
}
