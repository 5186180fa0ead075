//! The protocol fee, minted as heavy shares worth at most the fee: to operators pro rata
//! to the stake they hold for the protocol, to the insurance fund (kept by the hub), and
//! the rest to the treasury. Parts worth less than one share are not minted.

use cosmwasm_std::{Addr, CosmosMsg, Env, Uint128};
use faro_types::heavy_lst::HeavyLstContract;
use faro_types::hub::Config;
use faro_types::operator_registry::HeavyWeight;

use crate::error::ContractError;
use crate::math::{fee_shares, mul_ratio_floor, split_pro_rata, RewardSplit};

#[derive(Default)]
pub struct Minted {
    pub total: Uint128,
    pub insurance: Uint128,
    pub messages: Vec<CosmosMsg>,
}

#[inline(never)]
pub fn mint(
    env: &Env,
    config: &Config,
    split: &RewardSplit,
    operators: &[HeavyWeight],
    delegations: &[(String, Uint128)],
    backing: Uint128,
    total_shares: Uint128,
) -> Result<Minted, ContractError> {
    let mut minted = Minted::default();
    if split.fee.is_zero() || total_shares.is_zero() {
        return Ok(minted);
    }
    let shares = fee_shares(split.fee, backing, total_shares)?;
    let to_operators = mul_ratio_floor(shares, split.to_operators, split.fee)?;
    let to_insurance = mul_ratio_floor(shares, split.to_insurance, split.fee)?;
    let mut to_treasury = shares
        .checked_sub(to_operators)?
        .checked_sub(to_insurance)?;

    let mut recipients: Vec<(Addr, Uint128)> = vec![];
    if !to_operators.is_zero() && !delegations.is_empty() {
        for (valoper, part) in split_pro_rata(to_operators, delegations)? {
            match operators.iter().find(|o| o.valoper == valoper) {
                Some(operator) => credit(&mut recipients, &operator.reward_address, part)?,
                // Stake left with an operator no longer active earns it nothing.
                None => to_treasury = to_treasury.checked_add(part)?,
            }
        }
    } else {
        to_treasury = to_treasury.checked_add(to_operators)?;
    }
    credit(&mut recipients, &config.treasury, to_treasury)?;
    credit(&mut recipients, &env.contract.address, to_insurance)?;

    let heavy = HeavyLstContract(config.heavy_lst.clone());
    for (recipient, part) in recipients {
        if part.is_zero() {
            continue;
        }
        minted.total = minted.total.checked_add(part)?;
        minted
            .messages
            .push(heavy.mint_shares_msg(&recipient, part)?);
    }
    minted.insurance = to_insurance;
    Ok(minted)
}

/// Adds `amount` to what `recipient` is due, one entry per recipient.
fn credit(
    recipients: &mut Vec<(Addr, Uint128)>,
    recipient: &Addr,
    amount: Uint128,
) -> Result<(), ContractError> {
    match recipients.iter_mut().find(|(addr, _)| addr == recipient) {
        Some((_, due)) => *due = due.checked_add(amount)?,
        None => recipients.push((recipient.clone(), amount)),
    }
    Ok(())
}
