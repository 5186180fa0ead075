mod guards;
mod instantiate;
mod math;
mod redelegate;
mod settle;
mod update_config;

use cosmwasm_std::testing::{message_info, mock_dependencies, mock_env, MockApi, MockQuerier};
use cosmwasm_std::{
    Binary, Decimal, DepsMut, MemoryStorage, OwnedDeps, Reply, Response, SubMsgResponse,
    SubMsgResult,
};
use faro_types::hub::{FeeConfig, InstantiateMsg};

use crate::contract::instantiate;
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
