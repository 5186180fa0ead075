//! AdvanceEpoch: anyone may start the epoch once it is due. The tokenizer withdraws every
//! delegation's rewards to the hub; the reply settles the epoch (`crate::settle`).

use cosmwasm_std::{DepsMut, Env, MessageInfo, Response, SubMsg};
use cw_utils::nonpayable;
use faro_types::lsm_tokenizer::Order;

use crate::error::ContractError;
use crate::pause::{ensure_running, Operation};
use crate::reply::HARVEST_REPLY;
use crate::stake;
use crate::state::{BOOKS, CONFIG};

pub fn advance_epoch(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    ensure_running(deps.storage, Operation::Epoch)?;
    let books = BOOKS.load(deps.storage)?;
    if env.block.time < books.next_epoch_at {
        return Err(ContractError::EpochNotDue {
            next_epoch_at: books.next_epoch_at,
        });
    }
    let config = CONFIG.load(deps.storage)?;
    let validators = stake::delegations(&deps.querier, &config.tokenizer)?
        .into_iter()
        .map(|(validator, _)| validator)
        .collect();
    let harvest =
        stake::tokenizer(&config).order(&Order::WithdrawRewards { validators }, vec![])?;
    Ok(Response::new()
        .add_submessage(SubMsg::reply_on_success(harvest, HARVEST_REPLY))
        .add_attribute("action", "advance_epoch")
        .add_attribute("epoch", books.epoch.to_string()))
}
