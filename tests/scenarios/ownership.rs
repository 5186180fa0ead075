//! Every Faro contract is owned through cw-ownable's two steps, so that the phase-1
//! multisig (and later the token DAO) takes ownership only by accepting it.

use cosmwasm_std::coins;
use cw_multi_test::Executor;
use cw_ownable::Action;
use faro_testing::chain::{account, DENOM};
use faro_testing::ownable::OwnableExecuteMsg;
use faro_testing::Suite;

use crate::common::{refusal, transfer_to, NOT_OWNER};

#[test]
fn governance_owns_every_contract_from_the_start() {
    let suite = Suite::builder().build().unwrap();
    for (name, contract) in suite.contracts.faro() {
        let ownership = suite.ownership(&contract).unwrap();
        assert_eq!(
            ownership.owner.as_deref(),
            Some(suite.roles.governance.as_str()),
            "{name}"
        );
        assert_eq!(ownership.pending_owner, None, "{name}");
    }
}

#[test]
fn ownership_moves_only_when_the_new_owner_accepts() {
    let mut suite = Suite::builder().build().unwrap();
    let governance = suite.roles.governance.clone();
    let multisig = account("multisig");
    let mallory = account("mallory");
    for (name, contract) in suite.contracts.faro() {
        suite
            .update_ownership(&governance, &contract, transfer_to(multisig.as_str()))
            .unwrap();
        let pending = suite.ownership(&contract).unwrap();
        assert_eq!(
            pending.owner.as_deref(),
            Some(governance.as_str()),
            "{name}"
        );
        assert_eq!(
            pending.pending_owner.as_deref(),
            Some(multisig.as_str()),
            "{name}"
        );

        let res = suite.update_ownership(&mallory, &contract, Action::AcceptOwnership);
        assert_eq!(
            refusal(res),
            "Caller is not the contract's pending owner",
            "{name}"
        );

        suite
            .update_ownership(&multisig, &contract, Action::AcceptOwnership)
            .unwrap();
        assert_eq!(
            suite.ownership(&contract).unwrap().owner.as_deref(),
            Some(multisig.as_str())
        );

        let res = suite.update_ownership(&governance, &contract, transfer_to(mallory.as_str()));
        assert_eq!(refusal(res), NOT_OWNER, "{name}");
    }
}

#[test]
fn strangers_and_payments_are_refused_and_change_nothing() {
    let mut suite = Suite::builder().build().unwrap();
    let governance = suite.roles.governance.clone();
    let mallory = account("mallory");
    for (name, contract) in suite.contracts.faro() {
        let before = suite.ownership(&contract).unwrap();
        let res = suite.update_ownership(&mallory, &contract, transfer_to(mallory.as_str()));
        assert_eq!(refusal(res), NOT_OWNER, "{name}");

        let msg = OwnableExecuteMsg::UpdateOwnership(transfer_to(mallory.as_str()));
        let paid = suite.app.execute_contract(
            governance.clone(),
            contract.clone(),
            &msg,
            &coins(1, DENOM),
        );
        assert_eq!(refusal(paid), "This message does no accept funds", "{name}");
        assert_eq!(suite.ownership(&contract).unwrap(), before, "{name}");
    }
}
