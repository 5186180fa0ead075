//! Chapter 0: what is deployed, who owns it, and the operators.

use anyhow::Result;
use faro_types::operator_registry::{self, HeavyWeightsResponse};

use crate::cast::Story;
use crate::show::{days, header, pct, short};

pub fn tell(story: &Story) -> Result<()> {
    let suite = &story.suite;
    header("Faro on the embedded chain");
    let weights: HeavyWeightsResponse = suite.query(
        &suite.contracts.operator_registry,
        &operator_registry::QueryMsg::HeavyWeights {
            start_after: None,
            limit: None,
        },
    )?;
    println!("validators, registered as operators and approved by governance:");
    for operator in &story.operators {
        let weight = weights
            .weights
            .iter()
            .find(|w| w.valoper == operator.valoper)
            .map_or(0, |w| w.weight);
        println!(
            "  {:<10} {}  heavy weight {weight}/{}  fee shares to {}",
            operator.moniker,
            short(&operator.valoper),
            weights.total_weight,
            short(operator.reward_address.as_str()),
        );
    }
    println!(
        "governance {}, relayer {}",
        short(suite.roles.governance.as_str()),
        short(suite.roles.relayer.as_str())
    );
    println!("contracts:");
    let faro = suite.contracts.faro();
    let lights = story.operators.iter().zip(&suite.contracts.light_lsts);
    let contracts = faro
        .iter()
        .filter(|(name, _)| *name != "light-lst")
        .map(|(name, addr)| (name.to_string(), addr))
        .chain(lights.map(|(o, addr)| (format!("light-lst {}", o.moniker), addr)));
    for (name, addr) in contracts {
        let owner = suite.ownership(addr)?.owner.unwrap_or_default();
        let admin = suite.app.contract_data(addr)?.admin;
        println!(
            "  {name:<20} {}  owner {}, admin {}",
            short(addr.as_str()),
            story.name(&owner),
            admin.map_or("none".to_string(), |admin| story.name(&admin)),
        );
    }
    println!(
        "  {:<20} {}  (FRO governance token)",
        "fro",
        short(suite.contracts.fro.as_str())
    );
    let config = suite.hub_config()?;
    let fees = &config.fees;
    println!(
        "hub: an epoch every {}, unbonding {}; light budget {} of rewards, then a fee of {}\n  \
         ({} of it to operators, {} to insurance, the rest to the treasury); exit fee {}",
        days(config.epoch_period),
        days(config.unbonding_period),
        pct(config.light_budget),
        pct(fees.protocol_fee),
        pct(fees.operator_share),
        pct(fees.insurance_share),
        pct(fees.exit_fee),
    );
    Ok(())
}
