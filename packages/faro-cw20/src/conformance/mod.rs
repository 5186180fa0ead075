//! The cw20 conformance suite: checks of the behaviour every Faro cw20 token shares, written
//! once and run by each token's tests against its own entry points.
//!
//! The checks speak the cw20 wire format: they build [`Cw20ExecuteMsg`] and
//! [`Cw20QueryMsg`] values, which a token's [`Harness`] turns into its own messages by a
//! JSON round trip ([`wire`]). A token that runs the suite is thereby also proven to accept
//! what a cw20 integrator sends it.
//!
//! Each token's tests implement [`Harness`] and expand the checks into `#[test]`s:
//!
//! ```ignore
//! faro_cw20::cw20_conformance!(Heavy);
//! faro_cw20::faro_cw20_conformance!(Heavy); // only for tokens built on this crate
//! ```
//!
//! Every refusal a check provokes must leave the token's storage as it was.

mod allowance;
mod faro;
mod marketing;
mod messages;
mod query;
mod refusal;
mod transfer;

use std::fmt::Debug;

use cosmwasm_std::testing::{message_info, mock_env, MockApi};
use cosmwasm_std::{from_json, to_json_vec, Addr, Binary, Coin, CosmosMsg, Deps, DepsMut, Env};
use cosmwasm_std::{MessageInfo, Order, Response, StdResult, Storage, Uint128};
use cw20::{AllowanceResponse, BalanceResponse, Cw20ExecuteMsg, Cw20QueryMsg, TokenInfoResponse};
use faro_types::testing::attr;
pub use faro_types::testing::MockDeps;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use allowance::{
    a_failed_transfer_from_keeps_the_allowance, allowance_refusals_change_nothing,
    allowances_rise_and_fall, an_expired_allowance_cannot_be_spent, burn_from_spends_the_allowance,
    send_from_calls_the_hook_as_the_spender, transfer_from_spends_the_allowance,
};
pub use faro::{
    allowance_refusals_are_typed, increase_and_decrease_report_the_new_allowance,
    marketing_refusals_are_typed, movement_refusals_are_typed, spending_refusals_carry_figures,
};
pub use marketing::{
    bad_logos_are_refused, logos_are_stored_and_downloaded, marketing_refusals_change_nothing,
    the_owner_names_a_marketer_who_then_updates,
};
pub use query::{
    accounts_page_in_address_order, allowances_page_by_owner, every_cw20_query_answers,
    malformed_queries_are_refused,
};
pub use refusal::Refusal;
pub use transfer::{
    a_whole_balance_moves_and_moving_to_oneself_changes_nothing, burn_refusals_change_nothing,
    send_moves_then_calls_the_hook, transfer_moves_the_amount, transfer_refusals_change_nothing,
};

/// The account that owns a harness's token, and may update its marketing info and logo.
pub const OWNER: &str = "dao";

/// A token's `execute` entry point.
pub type Execute<M, E> = fn(DepsMut, Env, MessageInfo, M) -> Result<Response, E>;

/// A token's `query` entry point.
pub type Query<Q> = fn(Deps, Env, Q) -> StdResult<Binary>;

/// A token under test on mock dependencies, driven through its own entry points. Accounts
/// are named; a name stands for `MockApi::default().addr_make(name)`.
pub trait Harness: Sized {
    type ExecuteMsg: DeserializeOwned;
    type QueryMsg: DeserializeOwned;
    /// The token's `ContractError`.
    type Error: Debug;

    const EXECUTE: Execute<Self::ExecuteMsg, Self::Error>;
    const QUERY: Query<Self::QueryMsg>;

    /// A freshly instantiated token, owned by [`OWNER`], where no one holds anything.
    fn new() -> Self;

    /// Gives `holder` `amount` more base units of the token, the token's own way.
    fn fund(&mut self, holder: &str, amount: u128);

    fn deps(&self) -> &MockDeps;

    fn deps_mut(&mut self) -> &mut MockDeps;

    /// What kind of refusal `error` is.
    fn refusal(error: &Self::Error) -> Refusal;

    /// Runs `msg`, sent as `info` says, in the block of `env`.
    fn execute(
        &mut self,
        env: Env,
        info: MessageInfo,
        msg: &Cw20ExecuteMsg,
    ) -> Result<Response, Self::Error> {
        Self::EXECUTE(self.deps_mut().as_mut(), env, info, wire(msg))
    }

    /// Answers `msg`, a cw20 query (or one of cw20-base's extensions).
    fn query<Q: Serialize>(&self, msg: &Q) -> StdResult<Binary> {
        Self::QUERY(self.deps().as_ref(), mock_env(), wire(msg))
    }
}

/// `msg` as the type a token reads it into, by the JSON a client would send.
///
/// Panics if the token cannot read it: the token is not wire-compatible with cw20.
pub fn wire<T: DeserializeOwned>(msg: &impl Serialize) -> T {
    let json = to_json_vec(msg).unwrap();
    from_json(&json).unwrap_or_else(|err| {
        let text = String::from_utf8_lossy(&json);
        panic!("the token cannot read the cw20 message {text}: {err}")
    })
}

pub fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

fn exec<T: Harness>(
    token: &mut T,
    sender: &str,
    msg: Cw20ExecuteMsg,
) -> Result<Response, T::Error> {
    exec_at(token, mock_env(), sender, &[], msg)
}

fn exec_at<T: Harness>(
    token: &mut T,
    env: Env,
    sender: &str,
    funds: &[Coin],
    msg: Cw20ExecuteMsg,
) -> Result<Response, T::Error> {
    token.execute(env, message_info(&addr(sender), funds), &msg)
}

/// Runs `msg`, which must be refused without writing anything; answers the refusal.
fn refused<T: Harness>(
    token: &mut T,
    sender: &str,
    funds: &[Coin],
    msg: Cw20ExecuteMsg,
) -> Refusal {
    T::refusal(&rejected_at(token, mock_env(), sender, funds, msg))
}

/// Each `(msg, funds, refusal)` of `cases`, sent by `sender` with `funds`, must be refused
/// as `refusal` without writing anything.
fn assert_refusals<T: Harness>(
    token: &mut T,
    sender: &str,
    cases: impl IntoIterator<Item = (Cw20ExecuteMsg, Vec<Coin>, Refusal)>,
) {
    for (msg, funds, expected) in cases {
        let described = format!("{msg:?} with {funds:?}");
        assert_eq!(refused(token, sender, &funds, msg), expected, "{described}");
    }
}

fn refused_at<T: Harness>(
    token: &mut T,
    env: Env,
    sender: &str,
    funds: &[Coin],
    msg: Cw20ExecuteMsg,
) -> Refusal {
    T::refusal(&rejected_at(token, env, sender, funds, msg))
}

/// Runs `msg`, which must be refused without writing anything; answers the token's error.
fn rejected_at<T: Harness>(
    token: &mut T,
    env: Env,
    sender: &str,
    funds: &[Coin],
    msg: Cw20ExecuteMsg,
) -> T::Error {
    let stored = raw(&token.deps().storage);
    let described = format!("{msg:?}");
    let Err(error) = exec_at(token, env, sender, funds, msg) else {
        panic!("{described} was accepted");
    };
    let wrote = raw(&token.deps().storage) != stored;
    assert!(!wrote, "refusing {described} wrote: {error:?}");
    error
}

/// A token where alice holds `balance` and allows `spender` `allowance`, without expiry.
fn alice_allowing<T: Harness>(balance: u128, spender: &str, allowance: u128) -> T {
    let mut token = T::new();
    token.fund("alice", balance);
    let msg = messages::increase(spender, allowance, None);
    exec(&mut token, "alice", msg).unwrap();
    token
}

fn ask<R: DeserializeOwned>(token: &impl Harness, msg: &impl Serialize) -> R {
    from_json(token.query(msg).unwrap()).unwrap()
}

fn balance(token: &impl Harness, name: &str) -> u128 {
    let msg = Cw20QueryMsg::Balance {
        address: addr(name).to_string(),
    };
    ask::<BalanceResponse>(token, &msg).balance.u128()
}

fn supply(token: &impl Harness) -> u128 {
    ask::<TokenInfoResponse>(token, &Cw20QueryMsg::TokenInfo {})
        .total_supply
        .u128()
}

fn allowance(token: &impl Harness, owner: &str, spender: &str) -> AllowanceResponse {
    let msg = Cw20QueryMsg::Allowance {
        owner: addr(owner).to_string(),
        spender: addr(spender).to_string(),
    };
    ask(token, &msg)
}

/// Everything `storage` holds, to prove a refusal wrote nothing.
pub fn raw(storage: &dyn Storage) -> Vec<(Vec<u8>, Vec<u8>)> {
    storage.range(None, None, Order::Ascending).collect()
}

/// The `Receive` hook `contract` is called with after `sender` sent it `amount`.
fn hook(sender: &str, amount: u128, msg: Binary, contract: &str) -> CosmosMsg {
    cw20::Cw20ReceiveMsg {
        sender: addr(sender).to_string(),
        amount: uint(amount),
        msg,
    }
    .into_cosmos_msg(addr(contract).to_string())
    .unwrap()
}

/// `res` is the receipt of `action`, and its one message the `Receive` hook `hook`.
fn assert_hooked(res: &Response, action: &str, hook: CosmosMsg) {
    assert_eq!(attr(res, "action"), action);
    let messages: Vec<&CosmosMsg> = res.messages.iter().map(|sub| &sub.msg).collect();
    assert_eq!(messages, [&hook]);
}

fn uint(amount: u128) -> Uint128 {
    Uint128::new(amount)
}

/// Coins attached to a message that takes none.
fn stray_funds() -> Vec<Coin> {
    cosmwasm_std::coins(1, "uatom")
}

/// Expands one `#[test]` per check that holds for every Faro cw20 token, cw20-base's
/// semantics included, run against the harness `$harness`.
#[macro_export]
macro_rules! cw20_conformance {
    ($harness:ty) => {
        $crate::conformance_tests!($harness:
            transfer_moves_the_amount,
            a_whole_balance_moves_and_moving_to_oneself_changes_nothing,
            send_moves_then_calls_the_hook,
            transfer_refusals_change_nothing,
            burn_refusals_change_nothing,
            allowances_rise_and_fall,
            allowance_refusals_change_nothing,
            transfer_from_spends_the_allowance,
            a_failed_transfer_from_keeps_the_allowance,
            an_expired_allowance_cannot_be_spent,
            send_from_calls_the_hook_as_the_spender,
            burn_from_spends_the_allowance,
            every_cw20_query_answers,
            accounts_page_in_address_order,
            allowances_page_by_owner,
            malformed_queries_are_refused,
            the_owner_names_a_marketer_who_then_updates,
            marketing_refusals_change_nothing,
            logos_are_stored_and_downloaded,
            bad_logos_are_refused,
        );
    };
}

/// Expands one `#[test]` per check of what a token built on this crate adds to cw20-base:
/// typed refusals carrying their figures, and the new allowance in the receipt.
#[macro_export]
macro_rules! faro_cw20_conformance {
    ($harness:ty) => {
        $crate::conformance_tests!($harness:
            movement_refusals_are_typed,
            allowance_refusals_are_typed,
            spending_refusals_carry_figures,
            increase_and_decrease_report_the_new_allowance,
            marketing_refusals_are_typed,
        );
    };
}

/// Both suites against a rebasing Faro token of this crate: `$harness` names the harness
/// made here over the token's `contract` module (its `execute` and `query`) and its `error`
/// type; fresh tokens come from `$setup()`, `$fund(deps, holder, amount)` gives a holder base
/// units the token's own way, and the error's `$insufficient` variant is its short balance.
#[macro_export]
macro_rules! faro_token_conformance {
    (
        $harness:ident,
        messages: $($messages:ident)::+,
        contract: $($contract:ident)::+,
        error: $($error:ident)::+,
        setup: $setup:path,
        fund: $fund:path,
        insufficient: $insufficient:ident $(,)?
    ) => {
        pub(crate) struct $harness($crate::conformance::MockDeps);

        impl $crate::conformance::Harness for $harness {
            type ExecuteMsg = $($messages)::+::ExecuteMsg;
            type QueryMsg = $($messages)::+::QueryMsg;
            type Error = $($error)::+;
            const EXECUTE: $crate::conformance::Execute<Self::ExecuteMsg, Self::Error> =
                $($contract)::+::execute;
            const QUERY: $crate::conformance::Query<Self::QueryMsg> = $($contract)::+::query;

            fn new() -> Self {
                $harness($setup())
            }

            fn fund(&mut self, holder: &str, amount: u128) {
                $fund(&mut self.0, holder, amount);
            }

            fn deps(&self) -> &$crate::conformance::MockDeps {
                &self.0
            }

            fn deps_mut(&mut self) -> &mut $crate::conformance::MockDeps {
                &mut self.0
            }

            fn refusal(error: &Self::Error) -> $crate::conformance::Refusal {
                use $crate::conformance::Refusal;
                match error {
                    $($error)::+::$insufficient { .. } => Refusal::Insufficient,
                    $($error)::+::ZeroAmount => Refusal::ZeroAmount,
                    $($error)::+::Payment(cw_utils::PaymentError::NonPayable {}) => {
                        Refusal::Funds
                    }
                    $($error)::+::Std(_) => Refusal::Malformed,
                    $($error)::+::Unauthorized { .. } => Refusal::Unauthorized,
                    $($error)::+::Allowance(error) => error.into(),
                    $($error)::+::Logo(error) => error.into(),
                    other => Refusal::Other(other.to_string()),
                }
            }
        }

        $crate::cw20_conformance!($harness);
        $crate::faro_cw20_conformance!($harness);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! conformance_tests {
    ($harness:ty: $($check:ident),+ $(,)?) => {
        $(
            #[test]
            fn $check() {
                $crate::conformance::$check::<$harness>();
            }
        )+
    };
}
