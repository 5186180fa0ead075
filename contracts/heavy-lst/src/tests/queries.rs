use cosmwasm_std::testing::mock_env;
use cosmwasm_std::{coins, Uint128};
use cw20::{AllAccountsResponse, BalanceResponse, MinterResponse, TokenInfoResponse};
use cw_ownable::{Action, OwnershipError};
use cw_utils::PaymentError;
use faro_types::heavy_lst::{
    ExecuteMsg, IndexResponse, QueryMsg, SharesResponse, TotalSharesResponse,
};

use super::{addr, ask, dec, exec, exec_paying, mint, set_index, setup};
use crate::contract::query;
use crate::error::ContractError;

#[test]
fn every_query_answers_through_the_entry_point() {
    let mut deps = setup();
    mint(&mut deps, "alice", 1_000);
    mint(&mut deps, "bob", 1);
    set_index(&mut deps, "1.5");
    let alice = addr("alice").to_string();

    let balance: BalanceResponse = ask(
        deps.as_ref(),
        QueryMsg::Balance {
            address: alice.clone(),
        },
    );
    assert_eq!(balance.balance, Uint128::new(1_500));
    let info: TokenInfoResponse = ask(deps.as_ref(), QueryMsg::TokenInfo {});
    assert_eq!(info.total_supply, Uint128::new(1_501));
    let shares: SharesResponse = ask(deps.as_ref(), QueryMsg::Shares { address: alice });
    assert_eq!(shares.shares, Uint128::new(1_000));
    let total: TotalSharesResponse = ask(deps.as_ref(), QueryMsg::TotalShares {});
    assert_eq!(total.total_shares, Uint128::new(1_001));
    let index: IndexResponse = ask(deps.as_ref(), QueryMsg::Index {});
    assert_eq!(index.index, dec("1.5"));
    let minter: MinterResponse = ask(deps.as_ref(), QueryMsg::Minter {});
    assert_eq!((minter.minter, minter.cap), (addr("hub").to_string(), None));

    // The cw20 queries are the conformance suite's.
    for msg in [QueryMsg::Config {}, QueryMsg::Ownership {}] {
        query(deps.as_ref(), mock_env(), msg).unwrap();
    }
}

/// Paging itself is the conformance suite's.
#[test]
fn an_emptied_account_leaves_the_list() {
    let mut deps = setup();
    for name in ["a", "b"] {
        mint(&mut deps, name, 10);
    }
    let gone = ExecuteMsg::Burn {
        amount: Uint128::new(10),
    };
    exec(&mut deps, "a", gone).unwrap();
    let all: AllAccountsResponse = ask(
        deps.as_ref(),
        QueryMsg::AllAccounts {
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(all.accounts, [addr("b").to_string()]);
}

#[test]
fn ownership_moves_in_two_steps_and_refuses_strangers() {
    let mut deps = setup();
    let transfer = ExecuteMsg::UpdateOwnership(Action::TransferOwnership {
        new_owner: addr("multisig").to_string(),
        expiry: None,
    });
    assert_eq!(
        exec(&mut deps, "mallory", transfer.clone()).unwrap_err(),
        ContractError::Ownership(OwnershipError::NotOwner)
    );
    assert_eq!(
        exec_paying(&mut deps, "dao", &coins(1, "uatom"), transfer.clone()).unwrap_err(),
        ContractError::Payment(PaymentError::NonPayable {})
    );
    exec(&mut deps, "dao", transfer).unwrap();
    exec(
        &mut deps,
        "multisig",
        ExecuteMsg::UpdateOwnership(Action::AcceptOwnership),
    )
    .unwrap();
    let ownership = cw_ownable::get_ownership(&deps.storage).unwrap();
    assert_eq!(ownership.owner, Some(addr("multisig")));
}
