//! The cw20 messages the checks send, to named accounts.

use cosmwasm_std::Binary;
use cw20::{Cw20ExecuteMsg, Expiration};

use super::{addr, uint};

pub(super) fn transfer(to: &str, amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::Transfer {
        recipient: addr(to).to_string(),
        amount: uint(amount),
    }
}

pub(super) fn send(contract: &str, amount: u128, msg: Binary) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::Send {
        contract: addr(contract).to_string(),
        amount: uint(amount),
        msg,
    }
}

pub(super) fn burn(amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::Burn {
        amount: uint(amount),
    }
}

pub(super) fn increase(spender: &str, amount: u128, expires: Option<Expiration>) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::IncreaseAllowance {
        spender: addr(spender).to_string(),
        amount: uint(amount),
        expires,
    }
}

pub(super) fn decrease(spender: &str, amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::DecreaseAllowance {
        spender: addr(spender).to_string(),
        amount: uint(amount),
        expires: None,
    }
}

pub(super) fn transfer_from(owner: &str, to: &str, amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::TransferFrom {
        owner: addr(owner).to_string(),
        recipient: addr(to).to_string(),
        amount: uint(amount),
    }
}

pub(super) fn send_from(owner: &str, contract: &str, amount: u128, msg: Binary) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::SendFrom {
        owner: addr(owner).to_string(),
        contract: addr(contract).to_string(),
        amount: uint(amount),
        msg,
    }
}

pub(super) fn burn_from(owner: &str, amount: u128) -> Cw20ExecuteMsg {
    Cw20ExecuteMsg::BurnFrom {
        owner: addr(owner).to_string(),
        amount: uint(amount),
    }
}
