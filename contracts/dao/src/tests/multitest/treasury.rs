use cosmwasm_std::Uint128;
use cw20::Cw20ExecuteMsg;
use cw3::Status;

use super::{assert_refused, Chain};
use crate::error::ContractError;
use crate::tests::fro_call;

/// The DAO holds 1000 staked FRO and 1000 of its own (erin's donation).
fn chain_with_fro_treasury() -> Chain {
    let mut chain = Chain::staked_for_votes();
    let dao = chain.dao.clone();
    chain.send_fro("erin", &dao, 1_000).unwrap();
    chain
}

#[test]
fn the_treasury_spends_its_own_fro() {
    let mut chain = chain_with_fro_treasury();
    let id = chain.pass(vec![chain.fro_grant("grantee", 1_000)]);
    chain.run(id).unwrap();
    let grantee = chain.addr("grantee");
    assert_eq!(chain.fro_of(&grantee), 1_000);
}

#[test]
fn a_proposal_cannot_spend_staked_fro() {
    let mut chain = chain_with_fro_treasury();
    let id = chain.pass(vec![chain.fro_grant("grantee", 1_001)]);
    assert_refused(
        chain.run(id),
        ContractError::StakeNotCovered {
            balance: Uint128::new(999),
            owed: Uint128::new(1_000),
        },
    );
    // Nothing moved and the proposal is still there to execute, which it never can.
    assert_eq!(chain.status(id), Status::Passed);
    let dao = chain.dao.clone();
    assert_eq!(chain.fro_of(&dao), 2_000);
}

#[test]
fn a_proposal_cannot_grant_an_allowance_on_fro() {
    let mut chain = chain_with_fro_treasury();
    let allowance = Cw20ExecuteMsg::IncreaseAllowance {
        spender: chain.addr("thief").to_string(),
        amount: Uint128::new(2_000),
        expires: None,
    };
    let allowance = fro_call(chain.fro.to_string(), &allowance);
    assert_refused(
        chain.propose("alice", vec![allowance.into()]),
        ContractError::ForbiddenGovTokenMessage,
    );
}
