//! The distribution module: withdrawing rewards (paid in the bond denom, minted), the
//! withdraw address, the community pool, and the reward queries.

use std::collections::BTreeMap;

use anyhow::{bail, Result as AnyResult};
use cosmwasm_std::{
    to_json_binary, Addr, Api, Binary, BlockInfo, Coin, CustomMsg, CustomQuery, DecCoin,
    Decimal256, DelegationRewardsResponse, DelegationTotalRewardsResponse, DelegatorReward,
    DelegatorValidatorsResponse, DelegatorWithdrawAddressResponse, DistributionMsg,
    DistributionQuery, Empty, Event, Querier, Storage,
};
use cw_multi_test::{AppResponse, CosmosRouter, Distribution, Module};
use serde::de::DeserializeOwned;

use super::error::LsmError;
use super::keeper::{module_address, settle_rewards, Ctx, COMMUNITY_POOL};
use super::rewards;
use super::state::{
    load_delegation, load_params, load_validator, save_validator, DELEGATIONS, VALIDATORS,
    WITHDRAW_ADDRESSES,
};

#[derive(Default, Clone, Copy)]
pub struct LsmDistribution;

impl Distribution for LsmDistribution {}

impl Module for LsmDistribution {
    type ExecT = DistributionMsg;
    type QueryT = DistributionQuery;
    type SudoT = Empty;

    fn execute<ExecC, QueryC>(
        &self,
        api: &dyn Api,
        storage: &mut dyn Storage,
        router: &dyn CosmosRouter<ExecC = ExecC, QueryC = QueryC>,
        block: &BlockInfo,
        sender: Addr,
        msg: DistributionMsg,
    ) -> AnyResult<AppResponse>
    where
        ExecC: CustomMsg + DeserializeOwned + 'static,
        QueryC: CustomQuery + DeserializeOwned + 'static,
    {
        let ctx = Ctx { api, router, block };
        let event = match msg {
            DistributionMsg::WithdrawDelegatorReward { validator } => {
                withdraw_rewards(&ctx, storage, &sender, &validator)?
            }
            DistributionMsg::SetWithdrawAddress { address } => {
                let address = api.addr_validate(&address)?;
                if address == sender {
                    WITHDRAW_ADDRESSES.remove(storage, &[sender.as_str()]);
                } else {
                    WITHDRAW_ADDRESSES.save(storage, &[sender.as_str()], &address)?;
                }
                Event::new("set_withdraw_address").add_attribute("withdraw_address", address)
            }
            DistributionMsg::FundCommunityPool { amount } => {
                let pool = module_address(api, COMMUNITY_POOL)?;
                for coin in amount {
                    ctx.send(storage, &sender, &pool, coin)?;
                }
                Event::new("fund_community_pool").add_attribute("depositor", sender)
            }
            other => bail!("unsupported distribution message {other:?}"),
        };
        Ok(AppResponse {
            events: vec![event],
            ..AppResponse::default()
        })
    }

    fn query(
        &self,
        api: &dyn Api,
        storage: &dyn Storage,
        _querier: &dyn Querier,
        block: &BlockInfo,
        request: DistributionQuery,
    ) -> AnyResult<Binary> {
        match request {
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

    fn sudo<ExecC, QueryC>(
        &self,
        _api: &dyn Api,
        _storage: &mut dyn Storage,
        _router: &dyn CosmosRouter<ExecC = ExecC, QueryC = QueryC>,
        _block: &BlockInfo,
        msg: Empty,
    ) -> AnyResult<AppResponse> {
        bail!("distribution has no sudo messages: {msg:?}")
    }
}

/// `MsgWithdrawDelegatorReward`: pays the delegation's rewards to the withdraw address.
pub fn withdraw_rewards<ExecC: CustomMsg, QueryC: CustomQuery>(
    ctx: &Ctx<ExecC, QueryC>,
    storage: &mut dyn Storage,
    delegator: &Addr,
    validator: &str,
) -> AnyResult<Event> {
    let params = load_params(storage)?;
    let mut val = load_validator(storage, validator)?;
    let delegation = load_delegation(storage, delegator, validator)?;
    rewards::accrue(&params, &mut val, ctx.block.time)?;
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
