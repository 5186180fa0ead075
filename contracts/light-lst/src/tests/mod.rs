mod allowance;
mod burn;
mod conformance;
mod deposit;
mod instantiate;
mod invariants;
mod marketing;
mod penalise;
mod queries;
mod reward;
mod set_commission;
mod set_reward_address;
mod transfer;
mod withdraw;

use cosmwasm_schema::serde::de::DeserializeOwned;
use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env};
use cosmwasm_std::{
    coin, from_json, to_json_binary, BankMsg, Coin, ContractResult, CosmosMsg, Decimal, Deps, Env,
    Response, SystemError, SystemResult, Uint128, Validator, WasmQuery,
};
use faro_types::light_lst::{ExecuteMsg, Holding, InstantiateMsg, LightState, QueryMsg};
use faro_types::operator_registry;
use faro_types::token::TokenMetadata;

use cw_utils::PaymentError;

use crate::contract::{execute, instantiate, query};
use crate::error::ContractError;

pub(crate) use faro_cw20::conformance::{addr, raw};
pub(crate) use faro_types::testing::{attr, dec, MockDeps};

pub(crate) const DENOM: &str = "uatom";
pub(crate) const VALOPER: &str = "cosmwasmvaloper1bob";

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        registry: addr("registry").to_string(),
        operator: VALOPER.to_string(),
        operator_account: addr("validator").to_string(),
        reward_address: addr("rewards").to_string(),
        denom: DENOM.to_string(),
        token: TokenMetadata::new("Faro light ATOM, Bob", "lightATOM-bob", 6),
        commission: Decimal::percent(10),
        max_commission: Decimal::percent(20),
    }
}

/// A chain where the operator is a validator and the registry names `oracle`.
pub(crate) fn chain(oracle: Option<&str>) -> MockDeps {
    let mut deps = mock_dependencies();
    let validator = Validator::create(
        VALOPER.to_string(),
        Decimal::percent(5),
        Decimal::one(),
        Decimal::percent(1),
    );
    deps.querier.staking.update(DENOM, &[validator], &[]);
    set_oracle(&mut deps, oracle);
    deps
}

/// The registry answers its config query, naming `oracle`.
pub(crate) fn set_oracle(deps: &mut MockDeps, oracle: Option<&str>) {
    set_registry(deps, oracle, Decimal::percent(20));
}

/// The registry answers its config query, naming `oracle` and setting `max_commission`.
pub(crate) fn set_registry(deps: &mut MockDeps, oracle: Option<&str>, max_commission: Decimal) {
    let registry = addr("registry").to_string();
    let config = operator_registry::Config {
        bond_denom: DENOM.to_string(),
        min_bond: Uint128::zero(),
        max_leverage: 100,
        max_commission,
        exit_period: 0,
        permissionless: false,
        treasury: addr("dao"),
        oracle: oracle.map(addr),
        light_lst_code_id: 1,
        token_symbol: "ATOM".to_string(),
        token_decimals: 6,
    };
    let answer = to_json_binary(&config).unwrap();
    deps.querier.update_wasm(move |query| match query {
        WasmQuery::Smart { contract_addr, .. } if *contract_addr == registry => {
            SystemResult::Ok(ContractResult::Ok(answer.clone()))
        }
        _ => SystemResult::Err(SystemError::UnsupportedRequest {
            kind: "not the registry".to_string(),
        }),
    });
}

pub(crate) fn setup_with(msg: InstantiateMsg) -> MockDeps {
    let mut deps = chain(Some("oracle"));
    let info = message_info(&addr("registry"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, msg).unwrap();
    deps
}

pub(crate) fn setup() -> MockDeps {
    setup_with(instantiate_msg())
}

/// The mock block, `seconds` later.
pub(crate) fn later(seconds: u64) -> Env {
    let mut env = mock_env();
    env.block.time = env.block.time.plus_seconds(seconds);
    env.block.height += seconds / 5;
    env
}

/// What a message to the token answers.
pub(crate) type Outcome = Result<Response, ContractError>;

pub(crate) fn exec_at(
    deps: &mut MockDeps,
    env: Env,
    sender: &str,
    funds: &[Coin],
    msg: ExecuteMsg,
) -> Outcome {
    execute(deps.as_mut(), env, message_info(&addr(sender), funds), msg)
}

pub(crate) fn exec_paying(
    deps: &mut MockDeps,
    sender: &str,
    funds: &[Coin],
    msg: ExecuteMsg,
) -> Outcome {
    exec_at(deps, mock_env(), sender, funds, msg)
}

pub(crate) fn exec(deps: &mut MockDeps, sender: &str, msg: ExecuteMsg) -> Outcome {
    exec_paying(deps, sender, &[], msg)
}

/// `msg` from `sender` is refused, as the payment error it is, with no coins, a coin of
/// nothing, a coin of another denom, or coins of two denoms.
pub(crate) fn refuses_wrong_funds(deps: &mut MockDeps, sender: &str, msg: ExecuteMsg) {
    let cases = [
        (vec![], PaymentError::NoFunds {}),
        (vec![coin(0, DENOM)], PaymentError::NoFunds {}),
        (
            vec![coin(5, "uosmo")],
            PaymentError::MissingDenom(DENOM.to_string()),
        ),
        (
            vec![coin(5, DENOM), coin(5, "uosmo")],
            PaymentError::MultipleDenoms {},
        ),
    ];
    for (funds, expected) in cases {
        assert_eq!(
            exec_paying(deps, sender, &funds, msg.clone()).unwrap_err(),
            ContractError::Payment(expected),
            "{funds:?}"
        );
    }
}

/// Each of `strangers` sending `msg` is refused as unauthorised to `action`.
pub(crate) fn refuses_strangers(
    deps: &mut MockDeps,
    strangers: &[&str],
    msg: ExecuteMsg,
    action: &'static str,
) {
    for stranger in strangers {
        assert_eq!(
            exec(deps, stranger, msg.clone()).unwrap_err(),
            ContractError::Unauthorized {
                sender: addr(stranger),
                action
            },
        );
    }
}

pub(crate) fn coins(amount: u128) -> Vec<Coin> {
    vec![coin(amount, DENOM)]
}

pub(crate) fn deposit(deps: &mut MockDeps, holder: &str, amount: u128) {
    let msg = ExecuteMsg::Deposit { recipient: None };
    exec_paying(deps, holder, &coins(amount), msg).unwrap();
}

/// The token after each `(holder, amount)` of `deposits` was deposited.
pub(crate) fn deposited(deposits: &[(&str, u128)]) -> MockDeps {
    let mut deps = setup();
    for (holder, amount) in deposits {
        deposit(&mut deps, holder, *amount);
    }
    deps
}

pub(crate) fn reward(deps: &mut MockDeps, amount: u128) -> Response {
    exec_paying(deps, "payer", &coins(amount), ExecuteMsg::Reward {}).unwrap()
}

pub(crate) fn transfer_msg(to: &str, amount: u128) -> ExecuteMsg {
    ExecuteMsg::Transfer {
        recipient: addr(to).to_string(),
        amount: Uint128::new(amount),
    }
}

pub(crate) fn ask<T: DeserializeOwned>(deps: Deps, msg: QueryMsg) -> T {
    from_json(query(deps, mock_env(), msg).unwrap()).unwrap()
}

pub(crate) fn balance(deps: &MockDeps, name: &str) -> u128 {
    crate::query::balance(deps.as_ref(), addr(name).to_string())
        .unwrap()
        .balance
        .u128()
}

pub(crate) fn holding(deps: &MockDeps, name: &str) -> (u128, u128) {
    let Holding { units, pending } =
        crate::query::holding(deps.as_ref(), addr(name).to_string()).unwrap();
    (units.u128(), pending.u128())
}

pub(crate) fn state(deps: &MockDeps) -> LightState {
    crate::query::state(deps.as_ref(), mock_env()).unwrap()
}

pub(crate) fn total_supply(deps: &MockDeps) -> u128 {
    crate::query::token_info(deps.as_ref())
        .unwrap()
        .total_supply
        .u128()
}

/// Every holder named in `units` holds exactly those units with no rewards pending, and
/// none wait unsettled in the pool of `total_units`.
pub(crate) fn assert_settled(deps: &MockDeps, units: &[(&str, u128)], total_units: u128) {
    for (holder, held) in units {
        assert_eq!(holding(deps, holder), (*held, 0), "{holder}");
    }
    let state = state(deps);
    assert_eq!(state.total_units.u128(), total_units);
    assert_eq!(state.unsettled_rewards, Uint128::zero());
}

/// The coins the response sends, by recipient.
pub(crate) fn sends(res: &Response) -> Vec<(String, u128)> {
    res.messages
        .iter()
        .filter_map(|sub| match &sub.msg {
            CosmosMsg::Bank(BankMsg::Send { to_address, amount }) => {
                assert!(amount.iter().all(|c| c.denom == DENOM));
                Some((
                    to_address.clone(),
                    amount.iter().map(|c| c.amount.u128()).sum(),
                ))
            }
            _ => None,
        })
        .collect()
}
