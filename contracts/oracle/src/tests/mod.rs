mod bound;
mod broadcast;
mod deliver;
mod instantiate;
mod members;
mod operators;
mod submit;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    from_json, to_json_binary, Addr, ContractResult, Decimal, Decimal256, Env, MemoryStorage,
    OwnedDeps, Response, SystemError, SystemResult, Timestamp, Uint128, WasmQuery,
};
use faro_types::hub::{Books as HubBooks, State as HubState};
use faro_types::light_lst::DepositsResponse;
use faro_types::operator_registry::{
    Operator, OperatorStatus, OperatorsResponse, QueryMsg as RegistryQuery, Services, MAX_OPERATORS,
};
use faro_types::oracle::{ExecuteMsg, InstantiateMsg, MemberInput, OperatorReport, Report};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;
pub(crate) use faro_types::testing::attr;

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

pub(crate) const OPERATORS: [&str; 2] = ["valoper1", "valoper2"];
pub(crate) const DENOM: &str = "uatom";

pub(crate) fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub(crate) fn light_lst(valoper: &str) -> Addr {
    addr(&format!("light-{valoper}"))
}

/// alice 2, bob 2, carol 1 and the gateway (the reporter's channel) 1: 6 in all, 4 needed.
pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: addr("dao").to_string(),
        hub: addr("hub").to_string(),
        registry: addr("registry").to_string(),
        denom: DENOM.to_string(),
        members: vec![
            member("alice", 2),
            member("bob", 2),
            member("carol", 1),
            member("gateway", 1),
        ],
        threshold: 4,
        gateway: Some(addr("gateway").to_string()),
        staleness: 3600,
        max_rate_change: Decimal::percent(1),
    }
}

pub(crate) fn member(name: &str, weight: u64) -> MemberInput {
    MemberInput {
        addr: addr(name).to_string(),
        weight,
    }
}

/// Heavy backing and each light LST's units are 1,000,000: the 1% bound is 10,000.
pub(crate) fn setup() -> Deps {
    let mut deps = mock_dependencies();
    answer_queries(&mut deps, Uint128::new(1_000_000));
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap();
    deps
}

pub(crate) fn answer_queries(deps: &mut Deps, light_units: Uint128) {
    let operators = OPERATORS
        .iter()
        .map(|valoper| operator(valoper, OperatorStatus::Active))
        .chain([heavy_only("valoper-heavy")])
        .collect();
    answer_registry(deps, operators, light_units);
}

/// A registered operator offering light services, with its light LST.
pub(crate) fn operator(valoper: &str, status: OperatorStatus) -> Operator {
    Operator {
        valoper: valoper.to_string(),
        account: addr(valoper),
        reward_address: addr(valoper),
        moniker: valoper.to_string(),
        services: Services {
            heavy: true,
            light: true,
        },
        status,
        weight: 1,
        bond: Uint128::new(1_000),
        light_lst: Some(light_lst(valoper)),
        exits_at: None,
        light_score: Decimal::one(),
    }
}

/// A registered operator without a light LST.
pub(crate) fn heavy_only(valoper: &str) -> Operator {
    Operator {
        services: Services {
            heavy: true,
            light: false,
        },
        light_lst: None,
        ..operator(valoper, OperatorStatus::Active)
    }
}

/// The registry answers only its `Operators` query, with `operators`; the hub its state;
/// any other contract is a light LST with `light_units`.
pub(crate) fn answer_registry(deps: &mut Deps, operators: Vec<Operator>, light_units: Uint128) {
    let registry = addr("registry").to_string();
    let hub = addr("hub").to_string();
    deps.querier.update_wasm(move |query| {
        let WasmQuery::Smart { contract_addr, msg } = query else {
            return SystemResult::Err(SystemError::Unknown {});
        };
        let answer = if *contract_addr == registry {
            match from_json(msg) {
                Ok(RegistryQuery::Operators {
                    start_after: None,
                    limit: Some(MAX_OPERATORS),
                }) => to_json_binary(&OperatorsResponse {
                    operators: operators.clone(),
                }),
                _ => return SystemResult::Err(SystemError::Unknown {}),
            }
        } else if *contract_addr == hub {
            to_json_binary(&hub_state())
        } else {
            to_json_binary(&light_state(light_units))
        };
        SystemResult::Ok(ContractResult::Ok(answer.unwrap()))
    });
}

pub(crate) fn hub_state() -> HubState {
    HubState {
        books: HubBooks {
            total_bonded: Uint128::new(900_000),
            pending: Uint128::new(100_000),
            index: Decimal256::percent(105),
            epoch: 3,
            next_epoch_at: Timestamp::from_seconds(0),
            insurance_shares: Uint128::zero(),
            light_pool: Uint128::zero(),
            reserved: Uint128::zero(),
        },
        total_shares: Uint128::new(950_000),
        exchange_rate: Decimal256::percent(105),
    }
}

fn light_state(total_units: Uint128) -> DepositsResponse {
    DepositsResponse { total_units }
}

/// Within the bound: 1,000 to the hub, 500 to valoper1's light LST, a penalty of 100 for
/// valoper2. Ended a minute before the mock block time.
pub(crate) fn report(epoch: u64) -> Report {
    Report {
        epoch,
        epoch_end: mock_env().block.time.minus_seconds(60),
        heavy_rewards: Uint128::new(1_000),
        operators: vec![
            OperatorReport {
                valoper: OPERATORS[0].to_string(),
                light_rewards: Uint128::new(500),
                penalty: Uint128::zero(),
                score: Decimal::percent(90),
            },
            OperatorReport {
                valoper: OPERATORS[1].to_string(),
                light_rewards: Uint128::zero(),
                penalty: Uint128::new(100),
                score: Decimal::percent(50),
            },
        ],
    }
}

/// `report` with one more operator, `valoper`, reported as the last one is.
pub(crate) fn with_operator(mut report: Report, valoper: &str) -> Report {
    let last = report.operators.last().cloned().expect("an operator");
    report.operators.push(OperatorReport {
        valoper: valoper.to_string(),
        ..last
    });
    report
}

pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    exec_at(deps, mock_env(), sender, msg)
}

pub(crate) fn exec_at(
    deps: &mut Deps,
    env: Env,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    execute(deps.as_mut(), env, message_info(&addr(sender), &[]), msg)
}

pub(crate) fn submit(
    deps: &mut Deps,
    sender: &str,
    report: Report,
) -> Result<Response, ContractError> {
    exec(deps, sender, ExecuteMsg::Submit { report })
}

/// alice and bob agree: final.
pub(crate) fn finalise(deps: &mut Deps, report: Report) -> Response {
    submit(deps, "alice", report.clone()).unwrap();
    submit(deps, "bob", report).unwrap()
}
