use cosmwasm_std::testing::mock_env;
use cosmwasm_std::Uint128;
use cw20::{AllAccountsResponse, MinterResponse};
use cw_ownable::Action;
use faro_testing::unit::cw20_queries::balance_and_supply;
use faro_testing::unit::ownership::hand_over;
use faro_types::heavy_lst::{
    ExecuteMsg, IndexResponse, QueryMsg, SharesResponse, TotalSharesResponse,
};

use super::{addr, ask, assert_refuses_funds, dec, exec, mint, set_index, setup};
use crate::contract::{execute, query};

#[test]
fn every_query_answers_through_the_entry_point() {
    let mut deps = setup();
    mint(&mut deps, "alice", 1_000);
    mint(&mut deps, "bob", 1);
    set_index(&mut deps, "1.5");
    let alice = addr("alice").to_string();

    let through_entry_point = |msg| query(deps.as_ref(), mock_env(), msg);
    assert_eq!(
        balance_and_supply(through_entry_point, &alice),
        (1_500, 1_501)
    );
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
    assert_refuses_funds(&mut deps, "dao", transfer);
    hand_over(&mut deps, execute, "dao", "multisig");
}
