//! The multisig hands ownership and wasm admin of every contract to the FRO token DAO,
//! in two steps; from then on the DAO's proposals govern and the multisig's do not.

use cosmwasm_std::{CosmosMsg, Decimal};
use cw_ownable::Action;
use faro_testing::chain::account;
use faro_testing::governance::{call, Governor, Multisig, TokenDao};
use faro_testing::ownable::OwnableExecuteMsg;
use faro_testing::Suite;
use faro_types::hub::{self, ConfigUpdate, FeeConfig, Pauses};

use crate::common::transfer_to;

use super::{multisig_suite, refusal, NOT_OWNER, STAKES};

fn ownership(contract: &cosmwasm_std::Addr, action: Action) -> CosmosMsg {
    call(contract, &OwnableExecuteMsg::UpdateOwnership(action)).unwrap()
}

fn with_token_dao() -> (Suite, Multisig, TokenDao) {
    let (mut suite, multisig) = multisig_suite();
    let dao = suite.token_dao(&STAKES).unwrap();
    (suite, multisig, dao)
}

#[test]
fn the_token_dao_takes_over_from_the_multisig() {
    let (mut suite, multisig, dao) = with_token_dao();
    let contracts = suite.governed();
    suite
        .transfer_governance(
            Governor::Multisig(&multisig),
            Governor::TokenDao(&dao),
            &contracts,
        )
        .unwrap();
    for contract in &contracts {
        let ownership = suite.ownership(contract).unwrap();
        assert_eq!(ownership.owner.as_deref(), Some(dao.address.as_str()));
        assert_eq!(ownership.pending_owner, None);
        let admin = suite.app.contract_data(contract).unwrap().admin;
        assert_eq!(admin.as_ref(), Some(&dao.address), "{contract}");
    }
    let fro = suite.app.contract_data(&suite.contracts.fro).unwrap();
    assert_eq!(fro.admin, None);

    // The token DAO governs: a fee change by FRO vote.
    let hub = suite.contracts.hub.clone();
    let fees = FeeConfig {
        protocol_fee: Decimal::percent(15),
        ..FeeConfig::default()
    };
    let update = hub::ExecuteMsg::UpdateConfig(ConfigUpdate {
        fees: Some(fees.clone()),
        ..ConfigUpdate::default()
    });
    suite
        .govern(Governor::TokenDao(&dao), vec![call(&hub, &update).unwrap()])
        .unwrap();
    assert_eq!(suite.hub_config().unwrap().fees, fees);

    // The multisig no longer does: its proposal passes and fails when it runs.
    let pause = hub::ExecuteMsg::SetPause(Pauses {
        bond: true,
        ..Pauses::default()
    });
    let err = refusal(suite.govern(
        Governor::Multisig(&multisig),
        vec![call(&hub, &pause).unwrap()],
    ));
    assert_eq!(err, NOT_OWNER);
    let pauses: Pauses = suite.query(&hub, &hub::QueryMsg::Pauses {}).unwrap();
    assert!(!pauses.bond);
}

#[test]
fn only_the_token_dao_accepts_what_the_multisig_offers() {
    let (mut suite, multisig, dao) = with_token_dao();
    let hub = suite.contracts.hub.clone();
    let offer = transfer_to(dao.address.as_str());
    suite
        .govern(Governor::Multisig(&multisig), vec![ownership(&hub, offer)])
        .unwrap();
    let pending = suite.ownership(&hub).unwrap();
    assert_eq!(pending.owner.as_deref(), Some(multisig.address.as_str()));
    assert_eq!(pending.pending_owner.as_deref(), Some(dao.address.as_str()));

    // Neither a staker alone, nor a stranger, nor the multisig accepts for the DAO.
    for sender in [dao.voters[0].clone(), account("mallory")] {
        let err = refusal(suite.update_ownership(&sender, &hub, Action::AcceptOwnership));
        assert_eq!(err, "Caller is not the contract's pending owner");
    }
    let err = refusal(suite.govern(
        Governor::Multisig(&multisig),
        vec![ownership(&hub, Action::AcceptOwnership)],
    ));
    assert_eq!(err, "Caller is not the contract's pending owner");

    suite
        .govern(
            Governor::TokenDao(&dao),
            vec![ownership(&hub, Action::AcceptOwnership)],
        )
        .unwrap();
    let owner = suite.ownership(&hub).unwrap().owner;
    assert_eq!(owner.as_deref(), Some(dao.address.as_str()));
}

#[test]
fn a_stranger_cannot_hand_over_a_contract() {
    let (mut suite, multisig, dao) = with_token_dao();
    let hub = suite.contracts.hub.clone();
    let offer = transfer_to(dao.address.as_str());
    for sender in [suite.roles.governance.clone(), multisig.members[0].clone()] {
        let err = refusal(suite.update_ownership(&sender, &hub, offer.clone()));
        assert_eq!(err, NOT_OWNER);
    }
    // Nor can the DAO take what was never offered.
    let err = refusal(suite.govern(
        Governor::TokenDao(&dao),
        vec![ownership(&hub, Action::AcceptOwnership)],
    ));
    assert_eq!(err, "There isn't a pending ownership transfer");
    let owner = suite.ownership(&hub).unwrap().owner;
    assert_eq!(owner.as_deref(), Some(multisig.address.as_str()));
}
