//! Chapter 8: phase-1 governance. A multisig of founders and operators (cw3-flex-multisig
//! on a cw4-group) takes the hub from the deployment's governance account, changes the
//! protocol fee by proposal, and later hands the hub on to the FRO token DAO.

use anyhow::Result;
use cosmwasm_std::Decimal;
use cw3::Status;
use faro_testing::governance::{
    call, Governor, FOUNDERS, MULTISIG_THRESHOLD, MULTISIG_VOTING_PERIOD,
};
use faro_testing::suite::Suite;
use faro_types::hub::{self, ConfigUpdate, FeeConfig};

use crate::cast::Story;
use crate::show::{atom, days, header, pct, short};

/// FRO in base units.
const FRO: u128 = 1_000_000;

pub fn tell(story: &mut Story, protocol_fee: Decimal) -> Result<()> {
    header("8. Governance: a multisig proposal changes the fee");
    let monikers: Vec<String> = story.operators.iter().map(|o| o.moniker.clone()).collect();
    let keeper = story.keeper.clone();
    let suite = &mut story.suite;
    let multisig = suite.deploy_multisig()?;
    let names: Vec<String> = FOUNDERS
        .iter()
        .map(|founder| founder.to_string())
        .chain(monikers)
        .collect();
    println!(
        "the multisig {} on the group {}: {} members of weight 1 ({}),",
        short(multisig.address.as_str()),
        short(multisig.group.as_str()),
        multisig.members.len(),
        names.join(", "),
    );
    println!(
        "  {} of the weight passes a proposal, which stays open {}",
        pct(MULTISIG_THRESHOLD),
        days(MULTISIG_VOTING_PERIOD)
    );

    let hub = suite.contracts.hub.clone();
    let governance = suite.roles.governance.clone();
    let owner = hand_over_hub(
        suite,
        Governor::Account(&governance),
        Governor::Multisig(&multisig),
    )?;
    let admin = suite.app.contract_data(&hub)?.admin;
    println!(
        "governance offers the hub; a multisig proposal accepts it: hub owner {}, admin {}",
        short(&owner),
        admin.map_or("none".to_string(), |admin| short(admin.as_str())),
    );

    let before = suite.hub_config()?.fees;
    let fees = FeeConfig {
        protocol_fee,
        ..before.clone()
    };
    let update = hub::ExecuteMsg::UpdateConfig(ConfigUpdate {
        fees: Some(fees),
        ..ConfigUpdate::default()
    });
    let id = suite.multisig_propose(&multisig, vec![call(&hub, &update)?])?;
    println!(
        "{} proposes #{id}: the protocol fee {} → {} (the proposer's vote counts as yes)",
        names[0],
        pct(before.protocol_fee),
        pct(protocol_fee),
    );
    for (voter, name) in multisig.members.iter().zip(&names).skip(1) {
        if suite.cw3_status(&multisig.address, id)? == Status::Passed {
            break;
        }
        suite.cw3_vote(&multisig.address, voter, id, cw3::Vote::Yes)?;
        let status = suite.cw3_status(&multisig.address, id)?;
        println!("  {name} votes yes: the proposal is {status:?}");
    }
    suite.cw3_execute(&multisig.address, &keeper, id)?;
    let after = suite.hub_config()?.fees;
    println!(
        "the keeper executes it; the hub now takes {} of each epoch's rewards (was {})",
        pct(after.protocol_fee),
        pct(before.protocol_fee),
    );

    let stakes = [("holder0", 600_000 * FRO), ("holder1", 400_000 * FRO)];
    let dao = suite.token_dao(&stakes)?;
    println!(
        "later, FRO holders stake in the token DAO {}: {}",
        short(dao.address.as_str()),
        stakes
            .iter()
            .map(|(name, amount)| format!("{name} {} FRO", atom(*amount)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let owner = hand_over_hub(
        suite,
        Governor::Multisig(&multisig),
        Governor::TokenDao(&dao),
    )?;
    println!(
        "a multisig proposal offers the hub, a DAO proposal accepts it: hub owner {} (the DAO)",
        short(&owner),
    );
    Ok(())
}

/// `from` hands the hub to `to`; returns the hub's owner after.
fn hand_over_hub(suite: &mut Suite, from: Governor, to: Governor) -> Result<String> {
    let hub = suite.contracts.hub.clone();
    suite.transfer_governance(from, to, std::slice::from_ref(&hub))?;
    Ok(suite.ownership(&hub)?.owner.unwrap_or_default())
}
