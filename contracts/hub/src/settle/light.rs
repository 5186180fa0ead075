//! The light budget: at each epoch the light pool goes to the light LSTs of the active
//! light operators, pro rata to their deposits times their performance score (which the
//! oracle reports to the registry; the full score until it has spoken). A light LST that cannot answer gets
//! nothing this epoch, and one whose `Reward` fails hands its part back to the pool for
//! the next epoch: one operator's contract never blocks the epoch.

use cosmwasm_std::{coin, to_json_binary, QuerierWrapper, SubMsg, Uint128};
use faro_types::hub::{Books, Config};
use faro_types::light_lst::{CallMsg, LightLstContract};
use faro_types::operator_registry::RegistryContract;

use crate::error::ContractError;
use crate::math::split_pro_rata;
use crate::reply::LIGHT_REWARD_REPLY;

pub struct LightPaid {
    pub paid: Uint128,
    pub messages: Vec<SubMsg>,
}

#[inline(never)]
pub fn pay(
    querier: &QuerierWrapper,
    config: &Config,
    books: &mut Books,
) -> Result<LightPaid, ContractError> {
    let mut paid = LightPaid {
        paid: Uint128::zero(),
        messages: vec![],
    };
    if books.light_pool.is_zero() {
        return Ok(paid);
    }
    let mut lsts = vec![];
    let mut weights = vec![];
    for entry in RegistryContract(config.registry.clone()).light_lsts(querier)? {
        let light = LightLstContract(entry.address);
        let Ok(deposits) = light.deposits(querier) else {
            continue;
        };
        let weight = deposits.mul_floor(entry.score);
        if !weight.is_zero() {
            lsts.push(light);
            weights.push((entry.valoper, weight));
        }
    }
    if weights.is_empty() {
        return Ok(paid);
    }
    let parts = split_pro_rata(books.light_pool, &weights)?;
    for (light, (_, part)) in lsts.into_iter().zip(parts) {
        if part.is_zero() {
            continue;
        }
        let reward = light.call(&CallMsg::Reward {}, vec![coin(part.u128(), &config.denom)])?;
        paid.messages.push(
            SubMsg::reply_on_error(reward, LIGHT_REWARD_REPLY).with_payload(to_json_binary(&part)?),
        );
        paid.paid = paid.paid.checked_add(part)?;
    }
    books.light_pool = books.light_pool.checked_sub(paid.paid)?;
    Ok(paid)
}
