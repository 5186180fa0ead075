//! The wrapped heavy LST: holders wrap stTOKEN into wstTOKEN, the hub rebases, wstTOKEN
//! balances stay while what they unwrap to grows, and nothing sent to the wrapper without
//! wrapping moves anyone's balance or the rate. The hub cannot mint yet, so the story mints
//! and rebases by calling the heavy LST as the hub.

use std::str::FromStr;

use anyhow::Result;
use cosmwasm_std::{to_json_binary, Addr, Decimal256, Uint128};
use cw_multi_test::{AppResponse, Executor};
use faro_testing::chain::account;
use faro_testing::Suite;
use faro_types::heavy_lst::{self, BalanceResponse, SharesResponse, TokenInfoResponse};
use faro_types::wrapped_lst::{self, ReceiveMsg, WrappedLstContract};

struct Story {
    suite: Suite,
}

impl Story {
    fn new() -> Self {
        Story {
            suite: Suite::builder().build().unwrap(),
        }
    }

    fn heavy(&self) -> Addr {
        self.suite.contracts.heavy_lst.clone()
    }

    fn wrapper(&self) -> Addr {
        self.suite.contracts.wrapped_lst.clone()
    }

    fn as_hub(&mut self, msg: &heavy_lst::ExecuteMsg) -> Result<AppResponse> {
        let (hub, heavy) = (self.suite.contracts.hub.clone(), self.heavy());
        self.suite.app.execute_contract(hub, heavy, msg, &[])
    }

    fn mint(&mut self, to: &Addr, amount: u128) {
        let msg = heavy_lst::ExecuteMsg::Mint {
            recipient: to.to_string(),
            amount: Uint128::new(amount),
        };
        self.as_hub(&msg).unwrap();
    }

    fn set_index(&mut self, index: &str) {
        let index = Decimal256::from_str(index).unwrap();
        self.as_hub(&heavy_lst::ExecuteMsg::SetIndex { index })
            .unwrap();
    }

    fn wrap(&mut self, holder: &Addr, amount: u128) -> Result<AppResponse> {
        let wrap = WrappedLstContract(self.wrapper()).wrap_msg(
            &self.heavy(),
            Uint128::new(amount),
            None,
        )?;
        self.suite.app.execute(holder.clone(), wrap)
    }

    fn unwrap(&mut self, holder: &Addr, amount: u128) -> Result<AppResponse> {
        let msg = wrapped_lst::ExecuteMsg::Unwrap {
            amount: Uint128::new(amount),
            recipient: None,
        };
        let wrapper = self.wrapper();
        self.suite
            .app
            .execute_contract(holder.clone(), wrapper, &msg, &[])
    }

    fn st_balance(&self, holder: &Addr) -> u128 {
        let msg = heavy_lst::QueryMsg::Balance {
            address: holder.to_string(),
        };
        let res: BalanceResponse = self.suite.query(&self.heavy(), &msg).unwrap();
        res.balance.u128()
    }

    fn shares(&self, holder: &Addr) -> u128 {
        let msg = heavy_lst::QueryMsg::Shares {
            address: holder.to_string(),
        };
        let res: SharesResponse = self.suite.query(&self.heavy(), &msg).unwrap();
        res.shares.u128()
    }

    fn wst_balance(&self, holder: &Addr) -> u128 {
        let msg = wrapped_lst::QueryMsg::Balance {
            address: holder.to_string(),
        };
        let res: BalanceResponse = self.suite.query(&self.wrapper(), &msg).unwrap();
        res.balance.u128()
    }

    fn vault(&self, msg: wrapped_lst::QueryMsg) -> u128 {
        let res: Uint128 = self.suite.query(&self.wrapper(), &msg).unwrap();
        res.u128()
    }

    fn rate(&self) -> Decimal256 {
        WrappedLstContract(self.wrapper())
            .exchange_rate(&self.suite.app.wrap())
            .unwrap()
    }

    fn wst_supply(&self) -> u128 {
        let res: TokenInfoResponse = self
            .suite
            .query(&self.wrapper(), &wrapped_lst::QueryMsg::TokenInfo {})
            .unwrap();
        res.total_supply.u128()
    }
}

#[test]
fn wrapped_balances_stay_while_the_index_grows_and_unwrap_returns_more() {
    let mut story = Story::new();
    let alice = account("alice");
    story.mint(&alice, 1_000_000);

    story.wrap(&alice, 400_000).unwrap();
    assert_eq!(story.wst_balance(&alice), 400_000);
    assert_eq!(story.st_balance(&alice), 600_000);
    assert_eq!(story.shares(&story.wrapper()), 400_000);

    story.set_index("1.1");
    assert_eq!(story.st_balance(&alice), 660_000, "stTOKEN rebases up");
    assert_eq!(story.wst_balance(&alice), 400_000, "wstTOKEN does not");
    assert_eq!(story.rate(), Decimal256::from_str("1.1").unwrap());
    let redeem = wrapped_lst::QueryMsg::PreviewRedeem {
        amount: Uint128::new(400_000),
    };
    assert_eq!(story.vault(redeem), 440_000);
    assert_eq!(story.vault(wrapped_lst::QueryMsg::TotalAssets {}), 440_000);

    story.unwrap(&alice, 400_000).unwrap();
    assert_eq!(
        story.st_balance(&alice),
        1_100_000,
        "440,000 came back for 400,000"
    );
    assert_eq!(story.wst_balance(&alice), 0);
    assert_eq!((story.wst_supply(), story.shares(&story.wrapper())), (0, 0));
}

#[test]
fn a_slash_lowers_what_wrapped_tokens_unwrap_to_not_their_number() {
    let mut story = Story::new();
    let bob = account("bob");
    story.mint(&bob, 1_000);
    story.set_index("1.5");
    // ⌈300 ÷ 1.5⌉ = 200 shares, previewed exactly.
    let preview = wrapped_lst::QueryMsg::PreviewDeposit {
        amount: Uint128::new(300),
    };
    assert_eq!(story.vault(preview), 200);
    story.wrap(&bob, 300).unwrap();
    assert_eq!(story.wst_balance(&bob), 200);

    story.set_index("1.2");
    assert_eq!(story.wst_balance(&bob), 200);
    assert_eq!(story.vault(wrapped_lst::QueryMsg::TotalAssets {}), 240);
    story.unwrap(&bob, 200).unwrap();
    assert_eq!(story.shares(&bob), 1_000);
    assert_eq!(story.st_balance(&bob), 1_200);
}

#[test]
fn a_donation_to_the_wrapper_moves_no_balance_and_no_rate() {
    let mut story = Story::new();
    let (alice, bob) = (account("alice"), account("bob"));
    story.mint(&alice, 1_000);
    story.mint(&bob, 1_000);
    story.set_index("1.25");
    story.wrap(&alice, 500).unwrap();
    let (wst, rate) = (story.wst_balance(&alice), story.rate());
    let assets = story.vault(wrapped_lst::QueryMsg::TotalAssets {});

    let donate = heavy_lst::ExecuteMsg::Transfer {
        recipient: story.wrapper().to_string(),
        amount: Uint128::new(250),
    };
    let heavy = story.heavy();
    story
        .suite
        .app
        .execute_contract(bob.clone(), heavy, &donate, &[])
        .unwrap();
    assert_eq!(story.shares(&story.wrapper()), 400 + 200);
    assert_eq!(story.wst_balance(&alice), wst);
    assert_eq!(story.rate(), rate);
    assert_eq!(story.vault(wrapped_lst::QueryMsg::TotalAssets {}), assets);
    assert_eq!(story.wst_supply(), 400);

    // The next wrapper gets what it brings, not the donation.
    story.wrap(&bob, 500).unwrap();
    assert_eq!(story.wst_balance(&bob), 400);
    assert_eq!(story.wst_supply(), 800);
    assert_eq!(
        story.shares(&story.wrapper()),
        1_000,
        "200 shares stay surplus"
    );
}

#[test]
fn only_the_hub_mints_and_rebases_and_only_stoken_wraps() {
    let mut story = Story::new();
    let mallory = account("mallory");
    let heavy = story.heavy();
    let mint = heavy_lst::ExecuteMsg::Mint {
        recipient: mallory.to_string(),
        amount: Uint128::new(1),
    };
    let err = story
        .suite
        .app
        .execute_contract(mallory.clone(), heavy.clone(), &mint, &[])
        .unwrap_err();
    assert!(
        err.root_cause().to_string().contains("may not mint"),
        "{err}"
    );
    let rebase = heavy_lst::ExecuteMsg::SetIndex {
        index: Decimal256::percent(200),
    };
    let err = story
        .suite
        .app
        .execute_contract(mallory, heavy, &rebase, &[])
        .unwrap_err();
    assert!(err
        .root_cause()
        .to_string()
        .contains("may not set the index"));

    // FRO is a cw20 too, but not the one the wrapper wraps.
    let governance = story.suite.roles.governance.clone();
    let send = heavy_lst::ExecuteMsg::Send {
        contract: story.wrapper().to_string(),
        amount: Uint128::new(1_000),
        msg: to_json_binary(&ReceiveMsg::Wrap { recipient: None }).unwrap(),
    };
    let fro = story.suite.contracts.fro.clone();
    let err = story
        .suite
        .app
        .execute_contract(governance.clone(), fro, &send, &[])
        .unwrap_err();
    assert!(
        err.root_cause()
            .to_string()
            .contains("only the heavy LST can be wrapped"),
        "{err}"
    );
    assert_eq!(story.wst_balance(&governance), 0);
}
