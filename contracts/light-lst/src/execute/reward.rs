use cosmwasm_std::{coins, BankMsg, DepsMut, Env, MessageInfo, Response};
use cw_utils::must_pay;

use crate::error::ContractError;
use crate::state::{COMMISSION, CONFIG, POOL, TOTALS};
use crate::{commission, ledger, math};

/// Exactly one coin of the denom, from anyone. The commission in force (a proposal whose
/// time has come applies first) goes to the reward address at once; the rest, with
/// whatever waits undistributed, raises the index.
pub fn reward(deps: DepsMut, env: Env, info: MessageInfo) -> Result<Response, ContractError> {
    let config = CONFIG.load(deps.storage)?;
    let amount = must_pay(&info, &config.denom)?;
    let commission = commission::at(COMMISSION.load(deps.storage)?, env.block.time);
    let cut = math::commission_of(amount, commission.rate);
    let mut pool = POOL.load(deps.storage)?;
    ledger::distribute(&mut pool, amount.checked_sub(cut)?)?;
    let mut totals = TOTALS.load(deps.storage)?;
    totals.rewards_received = totals.rewards_received.checked_add(amount)?;
    totals.commission_paid = totals.commission_paid.checked_add(cut)?;
    POOL.save(deps.storage, &pool)?;
    TOTALS.save(deps.storage, &totals)?;
    COMMISSION.save(deps.storage, &commission)?;

    let mut response = Response::new();
    if !cut.is_zero() {
        response = response.add_message(BankMsg::Send {
            to_address: config.reward_address.to_string(),
            amount: coins(cut.u128(), config.denom),
        });
    }
    Ok(response
        .add_attribute("action", "reward")
        .add_attribute("amount", amount)
        .add_attribute("commission", cut)
        .add_attribute("commission_rate", commission.rate.to_string())
        .add_attribute("reward_index", pool.reward_index.to_string())
        .add_attribute("undistributed", pool.undistributed))
}
