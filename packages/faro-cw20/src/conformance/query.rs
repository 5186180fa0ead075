//! The cw20 queries.

use cosmwasm_std::Uint128;
use cw20::TokenInfoResponse;
use cw20::{AllAccountsResponse, AllAllowancesResponse, Cw20QueryMsg, MarketingInfoResponse};

use super::messages::increase;
use super::{addr, allowance, ask, balance, exec, Harness};

pub fn every_cw20_query_answers<T: Harness>() {
    let mut token = T::new();
    token.fund("alice", 1_000);
    token.fund("bob", 1);
    exec(&mut token, "alice", increase("bob", 5, None)).unwrap();

    assert_eq!(balance(&token, "alice"), 1_000);
    assert_eq!(balance(&token, "carol"), 0, "a stranger holds nothing");
    let info: TokenInfoResponse = ask(&token, &Cw20QueryMsg::TokenInfo {});
    assert_eq!(info.total_supply, Uint128::new(1_001));
    assert_eq!(allowance(&token, "alice", "bob").allowance, Uint128::new(5));
    let all: AllAllowancesResponse = ask(
        &token,
        &Cw20QueryMsg::AllAllowances {
            owner: addr("alice").to_string(),
            start_after: None,
            limit: None,
        },
    );
    assert_eq!(all.allowances.len(), 1);
    assert_eq!(all.allowances[0].allowance, Uint128::new(5));
    let _: MarketingInfoResponse = ask(&token, &Cw20QueryMsg::MarketingInfo {});
}

pub fn accounts_page_in_address_order<T: Harness>() {
    let mut token = T::new();
    let names = ["a", "b", "c", "d", "e"];
    for name in names {
        token.fund(name, 10);
    }
    let mut expected: Vec<String> = names.iter().map(|n| addr(n).to_string()).collect();
    expected.sort();
    let page = |start_after: Option<&String>, limit| -> Vec<String> {
        let msg = Cw20QueryMsg::AllAccounts {
            start_after: start_after.cloned(),
            limit,
        };
        ask::<AllAccountsResponse>(&token, &msg).accounts
    };
    assert_eq!(page(None, Some(3)), expected[..3]);
    assert_eq!(page(Some(&expected[2]), None), expected[3..]);
    assert_eq!(page(Some(&expected[2]), Some(u32::MAX)), expected[3..]);
    assert_eq!(page(None, None), expected);
}

pub fn allowances_page_by_owner<T: Harness>() {
    let mut token = T::new();
    let mut spenders: Vec<String> = ["s1", "s2", "s3"]
        .iter()
        .map(|n| addr(n).to_string())
        .collect();
    for name in ["s1", "s2", "s3"] {
        exec(&mut token, "alice", increase(name, 5, None)).unwrap();
    }
    spenders.sort();
    let page: AllAllowancesResponse = ask(
        &token,
        &Cw20QueryMsg::AllAllowances {
            owner: addr("alice").to_string(),
            start_after: Some(spenders[0].clone()),
            limit: Some(1),
        },
    );
    assert_eq!(page.allowances.len(), 1);
    assert_eq!(page.allowances[0].spender, spenders[1]);
}

pub fn malformed_queries_are_refused<T: Harness>() {
    let token = T::new();
    let bad = Cw20QueryMsg::Balance {
        address: "ALICE".to_string(),
    };
    assert!(token.query(&bad).is_err());
    assert!(
        token.query(&Cw20QueryMsg::DownloadLogo {}).is_err(),
        "no logo to download"
    );
}
