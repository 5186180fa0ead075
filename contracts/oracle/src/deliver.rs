//! Deliveries of a final report: each its own submessage, replied to only on failure.
//! A delivery leaves `OUTSTANDING` when sent; a failure's reply (the call reverted, its
//! coins are back here) puts it back for the next retry, so none is applied twice.

use cosmwasm_schema::cw_serde;
use cosmwasm_std::Uint128;
use cosmwasm_std::{
    coins, from_json, to_json_binary, BankMsg, CosmosMsg, DepsMut, Order, Reply, Response,
    StdResult, Storage, SubMsg, SubMsgResult, WasmMsg,
};
use cw_storage_plus::Bound;
use faro_types::light_lst::{CallMsg, LightLstContract};
use faro_types::operator_registry::RegistryContract;
use faro_types::oracle::{Config, Delivery, Outstanding, MAX_RETRIES};

use crate::error::ContractError;
use crate::state::{OUTSTANDING, RETRY_CURSOR};

/// The light LST's `Penalise`, serialised exactly as its `ExecuteMsg` variant: the whole
/// message enum would cost the oracle's wasm its serialiser.
#[cw_serde]
enum PenaliseMsg {
    Penalise { amount: Uint128 },
}

/// A delivery failed; the payload is its [`Outstanding`].
pub const DELIVERY_REPLY: u64 = 1;

pub fn submsg(config: &Config, epoch: u64, delivery: Delivery) -> StdResult<SubMsg> {
    let msg = message(config, &delivery)?;
    let payload = to_json_binary(&Outstanding { epoch, delivery })?;
    Ok(SubMsg::reply_on_error(msg, DELIVERY_REPLY).with_payload(payload))
}

fn message(config: &Config, delivery: &Delivery) -> StdResult<CosmosMsg> {
    match delivery {
        Delivery::LightReward {
            light_lst, amount, ..
        } => LightLstContract(light_lst.clone())
            .call(&CallMsg::Reward {}, coins(amount.u128(), &config.denom)),
        Delivery::Penalty {
            light_lst, amount, ..
        } => Ok(WasmMsg::Execute {
            contract_addr: light_lst.to_string(),
            msg: to_json_binary(&PenaliseMsg::Penalise { amount: *amount })?,
            funds: vec![],
        }
        .into()),
        Delivery::HeavyRewards { amount } => Ok(BankMsg::Send {
            to_address: config.hub.to_string(),
            amount: coins(amount.u128(), &config.denom),
        }
        .into()),
        Delivery::Scores { scores } => {
            RegistryContract(config.registry.clone()).set_light_scores_msg(scores.clone())
        }
    }
}

/// Takes up to [`MAX_RETRIES`] outstanding deliveries in key order (epoch, recipient),
/// starting after the last one sent before and wrapping around, and sends them. A
/// delivery that fails again goes back under its key, behind the cursor: it waits until
/// every other has had its turn.
pub fn retry(storage: &mut dyn Storage, config: &Config) -> Result<Vec<SubMsg>, ContractError> {
    let cursor = RETRY_CURSOR.may_load(storage)?;
    let last = cursor.as_ref().map(|(epoch, key)| (*epoch, key.as_str()));
    let mut due = OUTSTANDING
        .range(storage, last.map(Bound::exclusive), None, Order::Ascending)
        .take(MAX_RETRIES)
        .collect::<StdResult<Vec<_>>>()?;
    if let Some(last) = last {
        let room = MAX_RETRIES.saturating_sub(due.len());
        let wrapped = OUTSTANDING
            .range(
                storage,
                None,
                Some(Bound::inclusive(last)),
                Order::Ascending,
            )
            .take(room)
            .collect::<StdResult<Vec<_>>>()?;
        due.extend(wrapped);
    }
    if let Some(((epoch, key), _)) = due.last() {
        RETRY_CURSOR.save(storage, &(*epoch, key.clone()))?;
    }
    due.into_iter()
        .map(|((epoch, key), delivery)| {
            OUTSTANDING.remove(storage, (epoch, &key));
            Ok(submsg(config, epoch, delivery)?)
        })
        .collect()
}

/// The delivery failed and was reverted: it waits for the next retry.
pub fn failed(deps: DepsMut, reply: Reply) -> Result<Response, ContractError> {
    let SubMsgResult::Err(error) = reply.result else {
        return Ok(Response::new().add_attribute("action", "delivered"));
    };
    let Outstanding { epoch, delivery } = from_json(&reply.payload)?;
    let key = delivery.key();
    OUTSTANDING.save(deps.storage, (epoch, &key), &delivery)?;
    Ok(Response::new()
        .add_attribute("action", "delivery_failed")
        .add_attribute("epoch", epoch.to_string())
        .add_attribute("recipient", key)
        .add_attribute("error", error))
}
