//! Allowances (in balance units): raising and lowering them, and their storage, which the
//! spending in [`crate::debit`] also uses.

pub mod rules;

use cosmwasm_std::{
    Addr, BlockInfo, DepsMut, Env, MessageInfo, Response, StdResult, Storage, Uint128,
};
use cw20::{AllowanceResponse, Expiration};
use cw_utils::nonpayable;

use crate::state::{ALLOWANCES, ALLOWANCES_SPENDER};
use crate::{AllowanceError, Cw20Error};

/// Which way `IncreaseAllowance` / `DecreaseAllowance` moves an allowance.
#[derive(Clone, Copy)]
pub enum AllowanceChange {
    Increase,
    Decrease,
}

impl AllowanceChange {
    fn action(self) -> &'static str {
        match self {
            AllowanceChange::Increase => "increase_allowance",
            AllowanceChange::Decrease => "decrease_allowance",
        }
    }

    /// The allowance after the change, `None` when it is gone.
    fn apply(
        self,
        current: Option<AllowanceResponse>,
        amount: Uint128,
        expires: Option<Expiration>,
        block: &BlockInfo,
    ) -> Result<Option<AllowanceResponse>, AllowanceError> {
        match self {
            AllowanceChange::Increase => rules::increase(current, amount, expires, block).map(Some),
            AllowanceChange::Decrease => rules::decrease(current, amount, expires, block),
        }
    }
}

/// Raises or lowers what `spender` may move from the sender's balance.
pub fn update_allowance<E: Cw20Error>(
    deps: DepsMut,
    env: Env,
    info: MessageInfo,
    change: AllowanceChange,
    spender: String,
    amount: Uint128,
    expires: Option<Expiration>,
) -> Result<Response, E> {
    nonpayable(&info)?;
    let spender_addr = deps.api.addr_validate(&spender)?;
    rules::check_spender(&info.sender, &spender_addr)?;
    let current = ALLOWANCES.may_load(deps.storage, (&info.sender, &spender_addr))?;
    let allowance = change.apply(current, amount, expires, &env.block)?;
    let total = allowance.as_ref().map(|a| a.allowance).unwrap_or_default();
    save(deps.storage, &info.sender, &spender_addr, allowance)?;
    Ok(Response::new()
        .add_attribute("action", change.action())
        .add_attribute("owner", info.sender)
        .add_attribute("spender", spender_addr)
        .add_attribute("amount", amount)
        .add_attribute("allowance", total))
}

/// What the allowance will be once `spender` uses `amount`; reads only.
pub(crate) fn remaining<E: Cw20Error>(
    storage: &dyn Storage,
    owner: &Addr,
    spender: &Addr,
    block: &BlockInfo,
    amount: Uint128,
) -> Result<Option<AllowanceResponse>, E> {
    let current = ALLOWANCES.may_load(storage, (owner, spender))?;
    Ok(rules::spend(current, amount, block)?)
}

/// Writes both views of one allowance, or removes both when it is gone.
pub(crate) fn save(
    storage: &mut dyn Storage,
    owner: &Addr,
    spender: &Addr,
    allowance: Option<AllowanceResponse>,
) -> StdResult<()> {
    match allowance {
        Some(allowance) => {
            ALLOWANCES.save(storage, (owner, spender), &allowance)?;
            ALLOWANCES_SPENDER.save(storage, (spender, owner), &allowance)
        }
        None => {
            ALLOWANCES.remove(storage, (owner, spender));
            ALLOWANCES_SPENDER.remove(storage, (spender, owner));
            Ok(())
        }
    }
}
