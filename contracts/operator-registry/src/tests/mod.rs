mod instantiate;
mod register;
mod status;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{Decimal, MemoryStorage, OwnedDeps, Response, Uint128, Validator};
use faro_types::operator_registry::{
    ExecuteMsg, InstantiateMsg, Registration, Services, DEFAULT_MAX_LEVERAGE,
};

use crate::contract::{execute, instantiate};
use crate::error::ContractError;

pub(crate) type Deps = OwnedDeps<MemoryStorage, MockApi, MockQuerier>;

/// The validators on the mock chain, by the name of their operator account.
pub(crate) const VALIDATORS: [&str; 3] = ["alice", "bob", "carol"];

pub(crate) fn account(name: &str) -> String {
    MockApi::default().addr_make(name).to_string()
}

pub(crate) fn valoper(name: &str) -> String {
    MockApi::default()
        .with_prefix("cosmwasmvaloper")
        .addr_make(name)
        .to_string()
}

pub(crate) fn instantiate_msg() -> InstantiateMsg {
    InstantiateMsg {
        owner: account("dao"),
        bond_denom: "uatom".to_string(),
        min_bond: Uint128::new(1_000_000_000),
        max_leverage: DEFAULT_MAX_LEVERAGE,
        max_commission: Decimal::percent(20),
        exit_period: 21 * 24 * 3600,
    }
}

pub(crate) fn setup() -> Deps {
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
    let info = message_info(&MockApi::default().addr_make("deployer"), &[]);
    instantiate(deps.as_mut(), mock_env(), info, instantiate_msg()).unwrap();
    deps
}

pub(crate) fn exec(
    deps: &mut Deps,
    sender: &str,
    msg: ExecuteMsg,
) -> Result<Response, ContractError> {
    let info = message_info(&MockApi::default().addr_make(sender), &[]);
    execute(deps.as_mut(), mock_env(), info, msg)
}

/// `sender` asks to register validator `name` with its default profile.
pub(crate) fn register_as(
    deps: &mut Deps,
    sender: &str,
    name: &str,
) -> Result<Response, ContractError> {
    exec(deps, sender, ExecuteMsg::Register(registration(name)))
}

pub(crate) fn registration(name: &str) -> Registration {
    Registration {
        valoper: valoper(name),
        reward_address: account(&format!("{name}_rewards")),
        moniker: name.to_string(),
        services: Services {
            heavy: true,
            light: false,
        },
    }
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
