//! The main job: Faro on the embedded chain, told step by step.

use anyhow::Result;
use faro_testing::Suite;
use faro_types::operator_registry::{self, HeavyWeightsResponse};
use serde_json::Value;

fn main() -> Result<()> {
    let suite = Suite::builder().operators(3).build()?;
    println!("Faro on the embedded chain");
    println!("==========================");
    println!("validators (each a Faro operator):");
    for operator in &suite.operators {
        println!("  {operator}");
    }
    println!(
        "governance (owner and admin of every contract): {}",
        suite.roles.governance
    );
    println!("relayer: {}", suite.roles.relayer);
    println!("FRO governance token: {}", suite.contracts.fro);
    println!();
    println!("deployed contracts:");
    for (name, addr) in suite.contracts.faro() {
        let config: Value = suite.query(&addr, &serde_json::json!({ "config": {} }))?;
        let owner = suite.ownership(&addr)?.owner.unwrap_or_default();
        println!("- {name} at {addr}");
        println!("  owner: {owner}");
        println!(
            "  config: {}",
            serde_json::to_string_pretty(&config)?.replace('\n', "\n  ")
        );
    }
    for (operator, light) in suite
        .operators
        .iter()
        .zip(&suite.contracts.light_lsts)
        .skip(1)
    {
        println!("- light-lst for {operator} at {light}");
    }
    println!();
    let registry = &suite.contracts.operator_registry;
    let query = operator_registry::QueryMsg::HeavyWeights {
        start_after: None,
        limit: None,
    };
    let weights: HeavyWeightsResponse = suite.query(registry, &query)?;
    println!("operators registered by their validators and approved by governance:");
    for weight in &weights.weights {
        println!("  {} heavy weight {}", weight.valoper, weight.weight);
    }
    println!("  total heavy weight {}", weights.total_weight);
    Ok(())
}
