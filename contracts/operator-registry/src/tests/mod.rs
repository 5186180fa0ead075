mod bond;
mod config;
mod exit;
mod instantiate;
mod light;
mod light_scores;
mod penalise;
mod phase2;
mod register;
mod status;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    coins, to_json_binary, BankMsg, Checksum, CodeInfoResponse, ContractResult, Decimal, Env,
    MemoryStorage, OwnedDeps, Response, SubMsg, SystemError, SystemResult, Timestamp, Uint128,
    Validator, WasmQuery,
};
use faro_types::operator_registry::{
    Config, ExecuteMsg, InstantiateMsg, Operator, OperatorUpdate, Registration, Services,
    DEFAULT_MAX_LEVERAGE,
};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;
use crate::query;
pub(crate) use faro_types::testing::attr;

pub(crate) use faro_testing::chain::{account as addr, valoper};

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

/// The validators on the mock chain, by the name of their operator account.
pub(crate) const VALIDATORS: [&str; 3] = ["alice", "bob", "carol"];
pub(crate) const MIN_BOND: u128 = 1_000_000_000;
pub(crate) const LIGHT_CODE_ID: u64 = 7;

pub(crate) const HEAVY_ONLY: Services = Services {
    heavy: true,
    light: false,
};
pub(crate) const LIGHT_ONLY: Services = Services {
    heavy: false,
    light: true,
};
pub(crate) const HEAVY_AND_LIGHT: Services = Services {
    heavy: true,
    light: true,
};

pub(crate) fn account(name: &str) -> String {
    MockApi::default().addr_make(name).to_string()
}

/// The refusal of a call naming validator `name`, who is not registered.
pub(crate) fn not_found(name: &str) -> ContractError {
    ContractError::OperatorNotFound {
        valoper: valoper(name),
    }
}

/// The checksum the mock chain reports for the light LST code.
pub(crate) fn light_checksum() -> Checksum {
    Checksum::generate(b"faro light-lst")
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    instantiate_with(|_| {})
}

/// [`instantiate_msg`] with `change` made to its configuration.
pub(crate) fn instantiate_with(change: impl FnOnce(&mut Config<String>)) -> InstantiateMsg {
    let mut config = Config {
        bond_denom: "uatom".to_string(),
        min_bond: Uint128::new(MIN_BOND),
        max_leverage: DEFAULT_MAX_LEVERAGE,
        max_commission: Decimal::percent(20),
        exit_period: 21 * 24 * 3600,
        permissionless: false,
        treasury: account("treasury"),
        oracle: Some(account("oracle")),
        light_lst_code_id: LIGHT_CODE_ID,
        token_symbol: "ATOM".to_string(),
        token_decimals: 6,
    };
    change(&mut config);
    InstantiateMsg {
        owner: account("dao"),
        config,
    }
}

/// A chain with [`VALIDATORS`] and the light LST code stored.
pub(crate) fn chain() -> Deps {
    let mut deps = mock_dependencies();
    let validators: Vec<Validator> = VALIDATORS
        .iter()
        .map(|name| {
            Validator::create(
                valoper(name),
                Decimal::percent(5),
                Decimal::percent(20),
                Decimal::percent(1),
            )
        })
        .collect();
    deps.querier.staking.update("uatom", &validators, &[]);
    deps.querier.update_wasm(|query| match query {
        WasmQuery::CodeInfo { code_id } if *code_id == LIGHT_CODE_ID => {
            let info = CodeInfoResponse::new(*code_id, addr("uploader"), light_checksum());
            SystemResult::Ok(ContractResult::Ok(to_json_binary(&info).unwrap()))
        }
        _ => SystemResult::Err(SystemError::UnsupportedRequest {
            kind: format!("{query:?}"),
        }),
    });
    deps
}

/// The registry instantiated with `change` made to the suite's configuration.
fn setup_with(change: impl FnOnce(&mut Config<String>)) -> Deps {
    let mut deps = chain();
    let info = message_info(&addr("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, instantiate_with(change)).unwrap();
    deps
}

/// Phase 1.
pub(crate) fn setup() -> Deps {
    setup_with(|_| {})
}

/// Phase 2.
pub(crate) fn setup_permissionless() -> Deps {
    setup_with(|config| config.permissionless = true)
}

pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    exec_paid(deps, sender, 0, msg)
}

/// `sender` sends `msg` with `amount` uatom (none when zero).
pub(crate) fn exec_paid(
    deps: &mut Deps,
    sender: &str,
    amount: u128,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    let funds = if amount == 0 {
        vec![]
    } else {
        coins(amount, "uatom")
    };
    let info = message_info(&addr(sender), &funds);
    execute(deps.as_mut(), mock_env(), info, msg)
}

/// `sender` sends `msg` with `seconds` elapsed since `mock_env()`.
pub(crate) fn exec_later(
    deps: &mut Deps,
    sender: &str,
    seconds: u64,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    let info = message_info(&addr(sender), &[]);
    execute(deps.as_mut(), env_later(seconds), info, msg)
}

pub(crate) fn env_later(seconds: u64) -> Env {
    let mut env = mock_env();
    env.block.time = env.block.time.plus_seconds(seconds);
    env
}

pub(crate) fn now() -> Timestamp {
    mock_env().block.time
}

/// `sender` asks to register validator `name` with its default profile.
pub(crate) fn register_as(
    deps: &mut Deps,
    sender: &str,
    name: &str,
) -> Result<Response, ContractError> {
    exec(deps, sender, ExecuteMsg::Register(registration(name)))
}

/// Validator `name` registers itself with `bond` uatom attached.
pub(crate) fn register_bonded(
    deps: &mut Deps,
    name: &str,
    bond: u128,
) -> Result<Response, ContractError> {
    exec_paid(deps, name, bond, ExecuteMsg::Register(registration(name)))
}

pub(crate) fn registration(name: &str) -> Registration {
    Registration {
        valoper: valoper(name),
        reward_address: account(&format!("{name}_rewards")),
        moniker: name.to_string(),
        services: HEAVY_ONLY,
        light_commission: None,
    }
}

/// An update of `name` that changes nothing.
pub(crate) fn exit(name: &str) -> ExecuteMsg {
    ExecuteMsg::Exit {
        valoper: valoper(name),
    }
}

pub(crate) fn jail(name: &str) -> ExecuteMsg {
    ExecuteMsg::Jail {
        valoper: valoper(name),
    }
}

pub(crate) fn no_update(name: &str) -> OperatorUpdate {
    OperatorUpdate {
        valoper: valoper(name),
        reward_address: None,
        moniker: None,
        services: None,
        light_commission: None,
    }
}

/// An update of `name` that sets its services and light commission and nothing else.
pub(crate) fn set_services(
    name: &str,
    services: Services,
    light_commission: Option<Decimal>,
) -> OperatorUpdate {
    OperatorUpdate {
        services: Some(services),
        light_commission,
        ..no_update(name)
    }
}

/// `sender` sends `update` of an operator's profile.
pub(crate) fn update_operator(
    deps: &mut Deps,
    sender: &str,
    update: OperatorUpdate,
) -> Result<Response, ContractError> {
    exec(deps, sender, ExecuteMsg::UpdateOperator(update))
}

/// The one message of a response that sends `amount` uatom to `name`'s account.
pub(crate) fn send_to(name: &str, amount: u128) -> Vec<SubMsg> {
    vec![SubMsg::new(BankMsg::Send {
        to_address: account(name),
        amount: coins(amount, "uatom"),
    })]
}

/// Registers `name` as its own validator account and approves it with `weight`.
pub(crate) fn active(deps: &mut Deps, name: &str, weight: u64) {
    register_as(deps, name, name).unwrap();
    let approve = ExecuteMsg::Approve {
        valoper: valoper(name),
        weight,
    };
    exec(deps, "dao", approve).unwrap();
}

pub(crate) fn operator(deps: &Deps, name: &str) -> Operator {
    query::operator(deps.as_ref(), valoper(name))
        .unwrap()
        .unwrap_or_else(|| panic!("no operator {name}"))
}

pub(crate) fn is_registered(deps: &Deps, name: &str) -> bool {
    query::operator(deps.as_ref(), valoper(name))
        .unwrap()
        .is_some()
}
