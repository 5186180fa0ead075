use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, Uint128};
use cw20::{AllAccountsResponse, BalanceResponse, TokenInfoResponse};
use cw_ownable::{Action, OwnershipError};
use cw_utils::PaymentError;
use faro_types::wrapped_lst::{ExecuteMsg, QueryMsg};

use super::{addr, Wrapper};
use crate::contract::query;
use crate::error::ContractError;

#[test]
fn every_query_answers_through_the_entry_point() {
    let mut wrapper = Wrapper::new();
    wrapper.wrap("alice", 100, None).unwrap();
    let balance: BalanceResponse = wrapper.ask(QueryMsg::Balance {
        address: addr("alice").to_string(),
    });
    assert_eq!(balance.balance, Uint128::new(100));
    let info: TokenInfoResponse = wrapper.ask(QueryMsg::TokenInfo {});
    assert_eq!(
        (info.symbol.as_str(), info.total_supply),
        ("wstATOM", Uint128::new(100))
    );
    // The cw20 queries are the conformance suite's.
    for msg in [QueryMsg::Config {}, QueryMsg::Ownership {}] {
        query(wrapper.deps.as_ref(), mock_env(), msg).unwrap();
    }
}

/// Paging itself is the conformance suite's.
#[test]
fn as_in_cw20_base_an_emptied_account_stays_listed() {
    let mut wrapper = Wrapper::new();
    for name in ["a", "b"] {
        wrapper.wrap(name, 10, None).unwrap();
    }
    wrapper.unwrap("a", 10, None).unwrap();
    let all: AllAccountsResponse = wrapper.ask(QueryMsg::AllAccounts {
        start_after: None,
        limit: None,
    });
    assert_eq!(all.accounts.len(), 2);
    assert!(all.accounts.contains(&addr("a").to_string()));
}

#[test]
fn ownership_moves_in_two_steps_and_refuses_strangers() {
    let mut wrapper = Wrapper::new();
    let transfer = ExecuteMsg::UpdateOwnership(Action::TransferOwnership {
        new_owner: addr("multisig").to_string(),
        expiry: None,
    });
    assert_eq!(
        wrapper.exec("mallory", transfer.clone()).unwrap_err(),
        ContractError::Ownership(OwnershipError::NotOwner)
    );
    assert_eq!(
        wrapper
            .exec_paying("dao", &coins(1, "uatom"), transfer.clone())
            .unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    wrapper.exec("dao", transfer).unwrap();
    wrapper
        .exec(
            "multisig",
            ExecuteMsg::UpdateOwnership(Action::AcceptOwnership),
        )
        .unwrap();
    let ownership = cw_ownable::get_ownership(&wrapper.deps.storage).unwrap();
    assert_eq!(ownership.owner, Some(addr("multisig")));
}
