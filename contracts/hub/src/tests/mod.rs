mod guards;
mod instantiate;
mod math;
mod redelegate;
mod settle;
mod update_config;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    to_json_binary, Binary, Coin, ContractResult, Decimal, DepsMut, MemoryStorage, OwnedDeps,
    Reply, Response, SubMsgResponse, SubMsgResult, SystemError, SystemResult, Uint128, WasmQuery,
};
use faro_types::hub::{ExecuteMsg, FeeConfig, InstantiateMsg};
use faro_types::operator_registry::{HeavyWeight, HeavyWeightsResponse};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

/// The reply `id`, succeeded with no events, or failed with `error`.
pub(crate) fn reply_msg(id: u64, error: Option<&str>) -> Reply {
    let result = match error {
        Some(error) => SubMsgResult::Err(error.to_string()),
        #[allow(deprecated)]
        None => SubMsgResult::Ok(SubMsgResponse {
            events: vec![],
            data: None,
            msg_responses: vec![],
        }),
    };
    Reply {
        id,
        payload: Binary::default(),
        gas_used: 0,
        result,
    }
}

pub(crate) fn addr(name: &str) -> String {
    MockApi::default().addr_make(name).to_string()
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao"),
        denom: "uatom".to_string(),
        heavy_lst: addr("heavy_lst"),
        tokenizer: addr("tokenizer"),
        registry: addr("registry"),
        treasury: addr("treasury"),
        epoch_period: 3 * 24 * 3600,
        unbonding_period: 21 * 24 * 3600,
        fees: FeeConfig::default(),
        light_budget: Decimal::percent(5),
    }
}

pub(crate) fn instantiate_with(
    deps: DepsMut,
    msg: InstantiateMsg,
) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps, mock_env(), info, msg)
}

pub(crate) fn setup() -> Deps {
    let mut deps = mock_dependencies();
    instantiate_with(deps.as_mut(), instantiate_msg()).unwrap();
    deps
}

/// `msg` from `sender`, with no funds.
pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    exec_paying(deps, sender, &[], msg)
}

/// `msg` from `sender`, with `funds` attached.
pub(crate) fn exec_paying(
    deps: &mut Deps,
    sender: &str,
    funds: &[Coin],
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make(sender), funds);
    execute(deps.as_mut(), mock_env(), info, msg)
}

/// Each contract in `answers` answers every smart query with its answer; any other query
/// fails.
pub(crate) fn answer_queries(deps: &mut Deps, answers: Vec<(String, Binary)>) {
    deps.querier.update_wasm(move |query| {
        let answer = match query {
            WasmQuery::Smart { contract_addr, .. } => answers
                .iter()
                .find(|(contract, _)| contract == contract_addr)
                .map(|(_, answer)| answer.clone()),
            _ => None,
        };
        match answer {
            Some(answer) => SystemResult::Ok(ContractResult::Ok(answer)),
            None => SystemResult::Err(SystemError::UnsupportedRequest {
                kind: format!("no answer set for {query:?}"),
            }),
        }
    });
}

/// The registry's answer to `HeavyWeights`: `valoper` alone, with room up to `cap`.
pub(crate) fn one_heavy_operator(valoper: &str, cap: Option<Uint128>) -> Binary {
    to_json_binary(&HeavyWeightsResponse {
        weights: vec![HeavyWeight {
            valoper: valoper.to_string(),
            weight: 1,
            reward_address: MockApi::default().addr_make(&format!("{valoper}_rewards")),
            cap,
        }],
        total_weight: 1,
    })
    .unwrap()
}
