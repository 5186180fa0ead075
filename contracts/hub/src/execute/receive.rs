//! The heavy LST's `Send` hook: unbond requests and instant exits.

use cosmwasm_std::{from_json, Addr, DepsMut, MessageInfo, Response, Uint128};
use cw_utils::nonpayable;
use faro_types::heavy_lst::{shares_to_debit, Cw20ReceiveMsg};
use faro_types::hub::ReceiveMsg;

use crate::error::ContractError;
use crate::execute::{instant_exit, unbond};
use crate::state::{BOOKS, CONFIG};

pub fn receive(
    deps: DepsMut,
    info: MessageInfo,
    msg: Cw20ReceiveMsg,
) -> Result<Response, ContractError> {
    nonpayable(&info)?;
    let config = CONFIG.load(deps.storage)?;
    if info.sender != config.heavy_lst {
        return Err(ContractError::Unauthorized {
            sender: info.sender.into_string(),
            expected: config.heavy_lst.into_string(),
        });
    }
    if msg.amount.is_zero() {
        return Err(ContractError::ZeroAmount);
    }
    let holder = deps.api.addr_validate(&msg.sender)?;
    let sent = Sent {
        shares: shares_to_debit(msg.amount, BOOKS.load(deps.storage)?.index)?,
        amount: msg.amount,
        holder,
    };
    match from_json(&msg.msg)? {
        ReceiveMsg::Unbond {} => unbond(deps, sent),
        ReceiveMsg::InstantExit { validator } => instant_exit(deps, config, sent, validator),
    }
}

/// Heavy LST that reached the hub: the shares the heavy LST moved for `amount`, by the
/// same rounding it applies (the hub set its index).
pub struct Sent {
    pub holder: Addr,
    pub amount: Uint128,
    pub shares: Uint128,
}
