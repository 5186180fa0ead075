mod allowance;
mod burn;
mod burn_shares;
mod conformance;
mod instantiate;
mod invariants;
mod mint;
mod mint_shares;
mod queries;
mod set_index;
mod transfer;

use cosmwasm_schema::serde::de::DeserializeOwned;
use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use cosmwasm_std::{coins, from_json, Coin, Deps, Response, Uint128};
use cw_utils::PaymentError;
use faro_types::heavy_lst::{ExecuteMsg, InstantiateMsg, QueryMsg};
use faro_types::token::TokenMetadata;

use crate::contract::{execute, instantiate, query};
use crate::error::ContractError;

pub(crate) use faro_cw20::conformance::{addr, raw};
pub(crate) use faro_types::testing::{attr, dec, MockDeps};

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        hub: addr("hub").to_string(),
        token: TokenMetadata::new("Faro staked ATOM", "stATOM", 6),
    }
}

/// What a message to the token answers.
pub(crate) type Outcome = Result<Response, ContractError>;

/// The token instantiated with `msg` by a deployer paying `funds`, and what it answered.
pub(crate) fn instantiate_paying(funds: &[Coin], msg: InstantiateMsg) -> (MockDeps, Outcome) {
    let mut deps = mock_dependencies();
    let info = message_info(&addr("deployer"), funds);
    let outcome = instantiate(deps.as_mut(), mock_env(), info, msg);
    (deps, outcome)
}

pub(crate) fn setup() -> MockDeps {
    let (deps, outcome) = instantiate_paying(&[], instantiate_msg());
    outcome.unwrap();
    deps
}

/// `msg` sent by the account named `sender`, without funds.
pub(crate) fn exec(deps: &mut MockDeps, sender: &str, msg: ExecuteMsg) -> Outcome {
    execute(
        deps.as_mut(),
        mock_env(),
        message_info(&addr(sender), &[]),
        msg,
    )
}

pub(crate) fn ask<T: DeserializeOwned>(deps: Deps, msg: QueryMsg) -> T {
    from_json(query(deps, mock_env(), msg).unwrap()).unwrap()
}

pub(crate) fn mint_msg(to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::Mint {
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

pub(crate) fn mint_shares_msg(to: &str, shares: u128) -> ExecuteMsg {
    ExecuteMsg::MintShares {
        recipient: addr(to).to_string(),
        shares: Uint128::new(shares),
    }
}

pub(crate) fn mint(deps: &mut MockDeps, to: &str, amount: u128) {
    exec(deps, "hub", mint_msg(to, amount)).unwrap();
}

pub(crate) fn set_index(deps: &mut MockDeps, index: &str) {
    exec(deps, "hub", ExecuteMsg::SetIndex { index: dec(index) }).unwrap();
}

/// The token after the hub minted each `(holder, amount)` of `holdings` at the starting
/// index of one, then moved the index to `index`.
pub(crate) fn token_at(index: &str, holdings: &[(&str, u128)]) -> MockDeps {
    let mut deps = setup();
    for (holder, amount) in holdings {
        mint(&mut deps, holder, *amount);
    }
    set_index(&mut deps, index);
    deps
}

/// Alice holds `held` at `index` and lets `spender` spend `allowance` of it.
pub(crate) fn approved(index: &str, held: u128, spender: &str, allowance: u128) -> MockDeps {
    let mut deps = token_at(index, &[("alice", held)]);
    let approve = ExecuteMsg::IncreaseAllowance {
        spender: addr(spender).to_string(),
        amount: Uint128::new(allowance),
        expires: None,
    };
    exec(&mut deps, "alice", approve).unwrap();
    deps
}

/// `msg` from `sender` is refused with `expected`, and nothing stored changes.
pub(crate) fn assert_refused(
    deps: &mut MockDeps,
    sender: &str,
    msg: ExecuteMsg,
    expected: ContractError,
) {
    let stored = raw(&deps.storage);
    assert_eq!(exec(deps, sender, msg).unwrap_err(), expected);
    assert_eq!(raw(&deps.storage), stored);
}

/// `msg` from `sender` with a coin attached is refused, as no message to the token takes
/// funds, and nothing stored changes.
pub(crate) fn assert_refuses_funds(deps: &mut MockDeps, sender: &str, msg: ExecuteMsg) {
    let stored = raw(&deps.storage);
    let info = message_info(&addr(sender), &coins(1, "uatom"));
    let err = execute(deps.as_mut(), mock_env(), info, msg).unwrap_err();
    assert_eq!(err, ContractError::Payment(PaymentError::NonPayable {}));
    assert_eq!(raw(&deps.storage), stored);
}

/// `msg` from the hub names a malformed address and is refused as the address error it is,
/// and nothing stored changes.
pub(crate) fn assert_malformed(deps: &mut MockDeps, msg: ExecuteMsg) {
    let stored = raw(&deps.storage);
    let err = exec(deps, "hub", msg).unwrap_err();
    assert!(matches!(err, ContractError::Std(_)), "{err:?}");
    assert_eq!(raw(&deps.storage), stored);
}

/// `res` reports `shares` worth `amount` at `index`, as every action on exact shares does.
pub(crate) fn assert_shares_worth(res: &Response, shares: &str, amount: &str, index: &str) {
    assert_eq!(attr(res, "shares"), shares);
    assert_eq!(attr(res, "amount"), amount);
    assert_eq!(attr(res, "index"), index);
}

pub(crate) fn balance(deps: &MockDeps, name: &str) -> u128 {
    crate::query::balance(deps.as_ref(), addr(name).to_string())
        .unwrap()
        .balance
        .u128()
}

pub(crate) fn shares(deps: &MockDeps, name: &str) -> u128 {
    crate::query::shares(deps.as_ref(), addr(name).to_string())
        .unwrap()
        .shares
        .u128()
}

pub(crate) fn total_shares(deps: &MockDeps) -> u128 {
    crate::query::total_shares(deps.as_ref())
        .unwrap()
        .total_shares
        .u128()
}

pub(crate) fn total_supply(deps: &MockDeps) -> u128 {
    crate::query::token_info(deps.as_ref())
        .unwrap()
        .total_supply
        .u128()
}
