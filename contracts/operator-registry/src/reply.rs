//! The reply to a light LST's instantiation: the registry records the light LST only at
//! the address it predicted and announced.

use cosmwasm_std::{Binary, DepsMut, Reply, Response, SubMsgResponse};
use cw_utils::parse_instantiate_response_data;

use crate::error::ContractError;
use crate::state::{OPERATORS, PENDING_LIGHT_LST};

/// A light LST's `Instantiate2`, sent with `reply_on_success`.
pub const LIGHT_LST_REPLY: u64 = 1;

const INSTANTIATE2_RESPONSE: &str = "/cosmwasm.wasm.v1.MsgInstantiateContract2Response";

pub fn light_lst_instantiated(deps: DepsMut, reply: Reply) -> Result<Response, ContractError> {
    let pending = PENDING_LIGHT_LST
        .may_load(deps.storage)?
        .ok_or(ContractError::NoPendingLightLst)?;
    let response = reply
        .result
        .into_result()
        .map_err(|reason| ContractError::LightLstFailed { reason })?;
    let data = response_bytes(response).ok_or(ContractError::MissingInstantiateResponse)?;
    let actual = parse_instantiate_response_data(&data)?.contract_address;
    if actual != pending.address.as_str() {
        return Err(ContractError::LightLstAddressMismatch {
            expected: pending.address.to_string(),
            actual,
        });
    }
    let mut operator = OPERATORS
        .may_load(deps.storage, &pending.valoper)?
        .ok_or_else(|| ContractError::OperatorNotFound {
            valoper: pending.valoper.clone(),
        })?;
    operator.light_lst = Some(pending.address.clone());
    OPERATORS.save(deps.storage, &pending.valoper, &operator)?;
    PENDING_LIGHT_LST.remove(deps.storage);
    Ok(Response::new()
        .add_attribute("action", "light_lst_instantiated")
        .add_attribute("valoper", pending.valoper)
        .add_attribute("light_lst", pending.address))
}

/// CosmWasm 2 chains put the typed answer in `msg_responses`; older ones only in the
/// deprecated `data`.
fn response_bytes(response: SubMsgResponse) -> Option<Binary> {
    let typed = response
        .msg_responses
        .into_iter()
        .find(|r| r.type_url == INSTANTIATE2_RESPONSE)
        .map(|r| r.value);
    #[allow(deprecated)]
    typed.or(response.data)
}
