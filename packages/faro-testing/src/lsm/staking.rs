//! The staking module: `CosmosMsg::Staking`, the typed `StakingQuery` answers as wasmd
//! gives them, `StakingSudo::Slash`, and the end blocker.

use anyhow::{bail, Result as AnyResult};
use cosmwasm_std::{
    to_json_binary, Addr, AllDelegationsResponse, AllValidatorsResponse, Api, Binary, BlockInfo,
    BondedDenomResponse, Coin, Delegation as CwDelegation, DelegationResponse, FullDelegation,
    StakingMsg, StakingQuery, Storage, ValidatorResponse,
};
use cw_multi_test::{AppResponse, Staking, StakingSudo};

use super::delegation::StakingCall;
use super::keeper::{event_response, Ctx};
use super::math;
use super::module::{routed, ChainModule, ChainMsg, ChainQuery, ChainSudo};
use super::queue;
use super::rewards;
use super::slashing;
use super::state::{
    has_receiving_redelegation, load_params, Delegation, LsmParams, ValidatorState, DELEGATIONS,
    VALIDATORS,
};

/// The staking half of the chain model; see the module docs of [`crate::lsm`].
pub type LsmStaking = ChainModule<StakingMsg, StakingQuery, StakingSudo>;

impl ChainMsg for StakingMsg {
    fn execute(self, ctx: &Ctx, storage: &mut dyn Storage, sender: Addr) -> AnyResult<AppResponse> {
        let call = StakingCall(ctx, storage, &sender);
        match self {
            StakingMsg::Delegate { validator, amount } => call.delegate(&validator, amount),
            StakingMsg::Undelegate { validator, amount } => call.undelegate(&validator, amount),
            StakingMsg::Redelegate {
                src_validator,
                dst_validator,
                amount,
            } => call.redelegate(&src_validator, &dst_validator, amount),
            other => bail!("unsupported staking message {other:?}"),
        }
    }
}

impl ChainQuery for StakingQuery {
    fn query(self, api: &dyn Api, storage: &dyn Storage, block: &BlockInfo) -> AnyResult<Binary> {
        let params = load_params(storage)?;
        match self {
            StakingQuery::BondedDenom {} => Ok(to_json_binary(&BondedDenomResponse::new(
                params.bond_denom,
            ))?),
            StakingQuery::AllValidators {} => {
                let validators = VALIDATORS
                    .range(storage, &[])?
                    .into_iter()
                    .filter(|(_, v)| !v.jailed)
                    .map(|(_, v)| v.as_cosmwasm())
                    .collect();
                Ok(to_json_binary(&AllValidatorsResponse::new(validators))?)
            }
            StakingQuery::Validator { address } => {
                let validator = VALIDATORS
                    .may_load(storage, &[&address])?
                    .map(|v| v.as_cosmwasm());
                Ok(to_json_binary(&ValidatorResponse::new(validator))?)
            }
            StakingQuery::AllDelegations { delegator } => {
                let delegator = api.addr_validate(&delegator)?;
                let mut delegations = vec![];
                for (key, delegation) in DELEGATIONS.range(storage, &[delegator.as_str()])? {
                    let validator = VALIDATORS.may_load(storage, &[&key[0]])?;
                    if let Some(validator) = validator {
                        let amount = amount(&params, &validator, &delegation)?;
                        delegations.push(CwDelegation::new(
                            delegator.clone(),
                            key[0].clone(),
                            amount,
                        ));
                    }
                }
                Ok(to_json_binary(&AllDelegationsResponse::new(delegations))?)
            }
            StakingQuery::Delegation {
                delegator,
                validator,
            } => {
                let delegator = api.addr_validate(&delegator)?;
                let found = DELEGATIONS.may_load(storage, &[delegator.as_str(), &validator])?;
                let val = VALIDATORS.may_load(storage, &[&validator])?;
                let full = match (found, val) {
                    (Some(delegation), Some(val)) => {
                        let amount = amount(&params, &val, &delegation)?;
                        let can_redelegate =
                            if has_receiving_redelegation(storage, &delegator, &validator)? {
                                Coin::new(0u128, &params.bond_denom)
                            } else {
                                amount.clone()
                            };
                        let earned = rewards::pending_at(&params, &val, &delegation, block.time)?;
                        let earned = math::truncate_int(earned)?;
                        let accumulated_rewards = if earned.is_zero() {
                            vec![]
                        } else {
                            vec![Coin::new(earned, &params.bond_denom)]
                        };
                        Some(FullDelegation::new(
                            delegator,
                            validator,
                            amount,
                            can_redelegate,
                            accumulated_rewards,
                        ))
                    }
                    _ => None,
                };
                Ok(to_json_binary(&DelegationResponse::new(full))?)
            }
            other => bail!("unsupported staking query {other:?}"),
        }
    }
}

impl ChainSudo for StakingSudo {
    fn sudo(self, ctx: &Ctx, storage: &mut dyn Storage) -> AnyResult<AppResponse> {
        match self {
            StakingSudo::Slash {
                validator,
                percentage,
            } => {
                let event = slashing::slash(ctx, storage, &validator, percentage, 0)?;
                Ok(event_response(event))
            }
        }
    }
}

impl Staking for LsmStaking {
    routed! {
        fn process_queue(&self, ctx, storage) {
            let events = queue::process_queue(ctx, storage)?;
            Ok(AppResponse {
                events,
                ..AppResponse::default()
            })
        }
    }
}

/// What a delegation is worth, as wasmd reports it: tokens truncated.
fn amount(
    params: &LsmParams,
    validator: &ValidatorState,
    delegation: &Delegation,
) -> AnyResult<Coin> {
    let tokens = math::truncate_int(validator.tokens_from_shares(delegation.shares)?)?;
    Ok(Coin::new(tokens, &params.bond_denom))
}
