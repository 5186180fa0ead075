use cosmwasm_std::CosmosMsg;
use cw_ownable::Action;
use faro_testing::chain::account;
use faro_testing::governance::{call, Governor, FOUNDERS};
use faro_testing::ownable::OwnableExecuteMsg;
use faro_testing::Suite;
use faro_types::hub;

use super::{multisig_suite, refusal, NOT_OWNER};

#[test]
fn the_multisig_owns_and_administers_every_contract() {
    let (suite, multisig) = multisig_suite();
    assert_eq!(multisig.members.len(), FOUNDERS.len() + 3);
    let governed = suite.governed();
    assert_eq!(governed.len(), suite.contracts.faro().len() - 1 + 3);
    for contract in governed {
        let ownership = suite.ownership(&contract).unwrap();
        assert_eq!(ownership.owner.as_deref(), Some(multisig.address.as_str()));
        assert_eq!(ownership.pending_owner, None);
        let admin = suite.app.contract_data(&contract).unwrap().admin;
        assert_eq!(admin, Some(multisig.address.clone()), "{contract}");
    }
    // FRO holds the stakers' FRO: no governor may change its code, nor hand that power on.
    let fro = suite.app.contract_data(&suite.contracts.fro).unwrap();
    assert_eq!(fro.admin, None);
    let group_admin: serde_json::Value = suite
        .query(&multisig.group, &cw4_group::msg::QueryMsg::Admin {})
        .unwrap();
    assert_eq!(group_admin["admin"], multisig.address.as_str());
}

#[test]
fn a_member_alone_cannot_accept_ownership_for_the_multisig() {
    let mut suite = Suite::builder().operators(3).build().unwrap();
    let multisig = suite.deploy_multisig().unwrap();
    let governance = suite.roles.governance.clone();
    let hub = suite.contracts.hub.clone();
    let transfer = Action::TransferOwnership {
        new_owner: multisig.address.to_string(),
        expiry: None,
    };
    suite.update_ownership(&governance, &hub, transfer).unwrap();
    let founder = multisig.members[0].clone();
    let err = refusal(suite.update_ownership(&founder, &hub, Action::AcceptOwnership));
    assert_eq!(err, "Caller is not the contract's pending owner");

    let accept = call(
        &hub,
        &OwnableExecuteMsg::UpdateOwnership(Action::AcceptOwnership),
    );
    suite
        .govern(Governor::Multisig(&multisig), vec![accept.unwrap()])
        .unwrap();
    let owner = suite.ownership(&hub).unwrap().owner;
    assert_eq!(owner.as_deref(), Some(multisig.address.as_str()));
}

#[test]
fn only_members_propose_and_only_passed_proposals_run() {
    let (mut suite, multisig) = multisig_suite();
    let pause: CosmosMsg = call(
        &suite.contracts.hub,
        &hub::ExecuteMsg::SetPause(hub::Pauses {
            bond: true,
            ..hub::Pauses::default()
        }),
    )
    .unwrap();
    let propose = cw3_flex_multisig::msg::ExecuteMsg::Propose {
        title: "Pause".to_string(),
        description: "by a stranger".to_string(),
        msgs: vec![pause.clone()],
        latest: None,
    };
    let stranger = account("mallory");
    let err = refusal(cw_multi_test::Executor::execute_contract(
        &mut suite.app,
        stranger.clone(),
        multisig.address.clone(),
        &propose,
        &[],
    ));
    assert_eq!(err, "Unauthorized");

    let id = suite.multisig_propose(&multisig, vec![pause]).unwrap();
    let err = refusal(suite.cw3_execute(&multisig.address, &stranger, id));
    assert_eq!(err, "Proposal must have passed and not yet been executed");
    let pauses: hub::Pauses = suite
        .query(&suite.contracts.hub, &hub::QueryMsg::Pauses {})
        .unwrap();
    assert!(!pauses.bond);

    let err = refusal(suite.set_pause(hub::Pauses {
        bond: true,
        ..hub::Pauses::default()
    }));
    assert_eq!(err, NOT_OWNER);
}
