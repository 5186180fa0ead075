use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, Uint128};
use cw20::{AllAccountsResponse, AllAllowancesResponse, BalanceResponse, TokenInfoResponse};
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
    for msg in [
        QueryMsg::Config {},
        QueryMsg::Ownership {},
        QueryMsg::MarketingInfo {},
        QueryMsg::Allowance {
            owner: addr("alice").to_string(),
            spender: addr("bob").to_string(),
        },
        QueryMsg::AllSpenderAllowances {
            spender: addr("bob").to_string(),
            start_after: None,
            limit: None,
        },
    ] {
        query(wrapper.deps.as_ref(), mock_env(), msg).unwrap();
    }
    assert!(query(wrapper.deps.as_ref(), mock_env(), QueryMsg::DownloadLogo {}).is_err());
    let bad = QueryMsg::Balance {
        address: "ALICE".to_string(),
    };
    assert!(query(wrapper.deps.as_ref(), mock_env(), bad).is_err());
}

#[test]
fn accounts_and_allowances_page() {
    let mut wrapper = Wrapper::new();
    let names = ["a", "b", "c", "d"];
    for name in names {
        wrapper.wrap(name, 10, None).unwrap();
    }
    let mut expected: Vec<String> = names.iter().map(|n| addr(n).to_string()).collect();
    expected.sort();
    let page: AllAccountsResponse = wrapper.ask(QueryMsg::AllAccounts {
        start_after: Some(expected[0].clone()),
        limit: Some(2),
    });
    assert_eq!(page.accounts, expected[1..3]);

    wrapper.unwrap("a", 10, None).unwrap();
    let all: AllAccountsResponse = wrapper.ask(QueryMsg::AllAccounts {
        start_after: None,
        limit: None,
    });
    assert_eq!(
        all.accounts.len(),
        4,
        "as in cw20-base, an emptied account stays"
    );

    for spender in ["s1", "s2"] {
        let msg = ExecuteMsg::IncreaseAllowance {
            spender: addr(spender).to_string(),
            amount: Uint128::new(5),
            expires: None,
        };
        wrapper.exec("b", msg).unwrap();
    }
    let allowances: AllAllowancesResponse = wrapper.ask(QueryMsg::AllAllowances {
        owner: addr("b").to_string(),
        start_after: None,
        limit: Some(1),
    });
    assert_eq!(allowances.allowances.len(), 1);
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
