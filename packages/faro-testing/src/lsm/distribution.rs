//! The distribution module: withdrawing rewards (paid in the bond denom, minted), the
//! withdraw address, the community pool, and the reward queries.

use std::collections::BTreeMap;

use anyhow::{bail, Result as AnyResult};
use cosmwasm_std::{
    to_json_binary, Addr, Api, Binary, BlockInfo, Coin, DecCoin, Decimal256,
    DelegationRewardsResponse, DelegationTotalRewardsResponse, DelegatorReward,
    DelegatorValidatorsResponse, DelegatorWithdrawAddressResponse, DistributionMsg,
    DistributionQuery, Empty, Event, Storage,
};
use cw_multi_test::{AppResponse, Distribution};

use super::error::LsmError;
use super::keeper::{event_response, module_address, settle_rewards, Ctx, COMMUNITY_POOL};
use super::module::{ChainModule, ChainMsg, ChainQuery, ChainSudo};
use super::rewards;
use super::state::{
    load_delegation, load_params, load_validator, save_validator, DELEGATIONS, VALIDATORS,
    WITHDRAW_ADDRESSES,
};

pub type LsmDistribution = ChainModule<DistributionMsg, DistributionQuery, Empty>;

impl Distribution for LsmDistribution {}

impl ChainMsg for DistributionMsg {
    fn execute(self, ctx: &Ctx, storage: &mut dyn Storage, sender: Addr) -> AnyResult<AppResponse> {
        let event = match self {
            DistributionMsg::WithdrawDelegatorReward { validator } => {
                withdraw_rewards(ctx, storage, &sender, &validator)?
            }
            DistributionMsg::SetWithdrawAddress { address } => {
                let address = ctx.api().addr_validate(&address)?;
                if address == sender {
                    WITHDRAW_ADDRESSES.remove(storage, &[sender.as_str()]);
                } else {
                    WITHDRAW_ADDRESSES.save(storage, &[sender.as_str()], &address)?;
                }
                Event::new("set_withdraw_address").add_attribute("withdraw_address", address)
            }
            DistributionMsg::FundCommunityPool { amount } => {
                let pool = module_address(ctx.api(), COMMUNITY_POOL)?;
                for coin in amount {
                    ctx.send(storage, &sender, &pool, coin)?;
                }
                Event::new("fund_community_pool").add_attribute("depositor", sender)
            }
            other => bail!("unsupported distribution message {other:?}"),
        };
        Ok(event_response(event))
    }
}

impl ChainQuery for DistributionQuery {
    fn query(self, api: &dyn Api, storage: &dyn Storage, block: &BlockInfo) -> AnyResult<Binary> {
        match self {
            DistributionQuery::DelegatorWithdrawAddress { delegator_address } => {
                let delegator = api.addr_validate(&delegator_address)?;
                let address = WITHDRAW_ADDRESSES
                    .may_load(storage, &[delegator.as_str()])?
                    .unwrap_or(delegator);
                Ok(to_json_binary(&DelegatorWithdrawAddressResponse::new(
                    address,
                ))?)
            }
            DistributionQuery::DelegatorValidators { delegator_address } => {
                let delegator = api.addr_validate(&delegator_address)?;
                let validators = DELEGATIONS
                    .range(storage, &[delegator.as_str()])?
                    .into_iter()
                    .map(|(key, _)| key[0].clone())
                    .collect();
                Ok(to_json_binary(&DelegatorValidatorsResponse::new(
                    validators,
                ))?)
            }
            DistributionQuery::DelegationRewards {
                delegator_address,
                validator_address,
            } => {
                let delegator = api.addr_validate(&delegator_address)?;
                let earned = earned(storage, block, &delegator, &validator_address)?;
                let denom = load_params(storage)?.bond_denom;
                Ok(to_json_binary(&DelegationRewardsResponse::new(vec![
                    DecCoin::new(earned, denom),
                ]))?)
            }
            DistributionQuery::DelegationTotalRewards { delegator_address } => {
                let delegator = api.addr_validate(&delegator_address)?;
                let denom = load_params(storage)?.bond_denom;
                let mut rewards = vec![];
                let mut total = BTreeMap::<String, Decimal256>::new();
                for (key, _) in DELEGATIONS.range(storage, &[delegator.as_str()])? {
                    let earned = earned(storage, block, &delegator, &key[0])?;
                    *total.entry(denom.clone()).or_default() += earned;
                    rewards.push(DelegatorReward::new(
                        key[0].clone(),
                        vec![DecCoin::new(earned, &denom)],
                    ));
                }
                let total = total
                    .into_iter()
                    .map(|(denom, amount)| DecCoin::new(amount, denom))
                    .collect();
                Ok(to_json_binary(&DelegationTotalRewardsResponse::new(
                    rewards, total,
                ))?)
            }
            other => bail!("unsupported distribution query {other:?}"),
        }
    }
}

/// Distribution, as on the chain, takes no sudo messages.
impl ChainSudo for Empty {
    fn sudo(self, _ctx: &Ctx, _storage: &mut dyn Storage) -> AnyResult<AppResponse> {
        bail!("distribution has no sudo messages: {self:?}")
    }
}

/// `MsgWithdrawDelegatorReward`: pays the delegation's rewards to the withdraw address.
pub fn withdraw_rewards(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    delegator: &Addr,
    validator: &str,
) -> AnyResult<Event> {
    let params = load_params(storage)?;
    let mut val = load_validator(storage, validator)?;
    let delegation = load_delegation(storage, delegator, validator)?;
    rewards::accrue(&params, &mut val, ctx.block().time)?;
    save_validator(storage, &val)?;
    let (delegation, paid) = settle_rewards(ctx, storage, &params, delegator, &val, delegation)?;
    DELEGATIONS.save(storage, &[delegator.as_str(), validator], &delegation)?;
    Ok(Event::new("withdraw_rewards")
        .add_attribute("amount", Coin::new(paid, &params.bond_denom).to_string())
        .add_attribute("validator", validator)
        .add_attribute("delegator", delegator))
}

/// A delegation's rewards now, to 18 decimals; the chain's distribution queries answer
/// in decimal coins.
fn earned(
    storage: &dyn Storage,
    block: &BlockInfo,
    delegator: &Addr,
    validator: &str,
) -> AnyResult<Decimal256> {
    let params = load_params(storage)?;
    let val =
        VALIDATORS
            .may_load(storage, &[validator])?
            .ok_or_else(|| LsmError::NoValidatorFound {
                validator: validator.to_string(),
            })?;
    let delegation = load_delegation(storage, delegator, validator)?;
    Ok(rewards::pending_at(&params, &val, &delegation, block.time)?)
}
