//! What every handler shares: the router context with its bank moves, module accounts,
//! and the two delegation primitives of the SDK's staking keeper, `Delegate` (here
//! [`bond`]) and `Unbond`, with the distribution hook that pays out a delegation's
//! rewards whenever its shares change.

use anyhow::Result as AnyResult;
use cosmwasm_std::{
    from_json, Addr, Api, BalanceResponse, BankMsg, BankQuery, Binary, BlockInfo, CanonicalAddr,
    Coin, CustomMsg, CustomQuery, Decimal256, Event, QueryRequest, Storage, Uint128, WasmQuery,
};
use cw_multi_test::{AppResponse, BankSudo, CosmosRouter};
use faro_types::liquid::LsmModule;

use super::error::LsmError;
use super::rewards;
use super::state::{
    load_delegation, load_params, load_validator, save_validator, Delegation, LsmParams,
    ValidatorState, DELEGATIONS, WITHDRAW_ADDRESSES,
};

/// Holds every bonded and unbonding token.
pub const STAKING_POOL: &[u8] = b"faro_lsm_staking_pool";
/// Receives `FundCommunityPool`.
pub const COMMUNITY_POOL: &[u8] = b"faro_lsm_community_pool";

/// A module account: `name`, zero-padded to 32 bytes, as an address of the app's `Api`.
pub fn module_address(api: &dyn Api, name: &[u8]) -> AnyResult<Addr> {
    let mut bytes = [0u8; 32];
    bytes[..name.len()].copy_from_slice(name);
    Ok(api.addr_humanize(&CanonicalAddr::from(bytes.as_slice()))?)
}

/// The account holding a tokenize-share record's delegation (the chain's
/// `tokenizeshare_<id>`).
pub fn record_account(api: &dyn Api, id: u64) -> AnyResult<Addr> {
    let name = [b"tokenizeshare_".as_slice(), &id.to_be_bytes()].concat();
    module_address(api, &name)
}

/// A response that carries just `event`.
pub fn event_response(event: Event) -> AppResponse {
    AppResponse {
        events: vec![event],
        ..AppResponse::default()
    }
}

/// What cw-multi-test hands a module method, the api, the router and the block, as a trait
/// object, so that the model's functions need not carry the app's custom message and
/// query types.
pub type Ctx<'a> = dyn Chain + 'a;

/// The router calls the model makes: bank messages and mints, bank and wasm queries.
pub trait Chain {
    fn api(&self) -> &dyn Api;
    fn block(&self) -> &BlockInfo;
    fn execute_bank(&self, storage: &mut dyn Storage, sender: &Addr, msg: BankMsg)
        -> AnyResult<()>;
    /// Mints `amount` to `to`; nothing for a zero amount, which the bank refuses.
    fn mint(&self, storage: &mut dyn Storage, to: &Addr, amount: Coin) -> AnyResult<()>;
    fn query_bank(&self, storage: &dyn Storage, query: BankQuery) -> AnyResult<Binary>;
    fn query_wasm(&self, storage: &dyn Storage, query: WasmQuery) -> AnyResult<Binary>;
}

/// The [`Chain`] of one call cw-multi-test makes to a module.
pub struct Routed<'a, R: ?Sized> {
    pub api: &'a dyn Api,
    pub router: &'a R,
    pub block: &'a BlockInfo,
}

impl<R> Chain for Routed<'_, R>
where
    R: CosmosRouter + ?Sized,
    R::ExecC: CustomMsg,
    R::QueryC: CustomQuery,
{
    fn api(&self) -> &dyn Api {
        self.api
    }

    fn block(&self) -> &BlockInfo {
        self.block
    }

    fn execute_bank(
        &self,
        storage: &mut dyn Storage,
        sender: &Addr,
        msg: BankMsg,
    ) -> AnyResult<()> {
        self.router
            .execute(self.api, storage, self.block, sender.clone(), msg.into())?;
        Ok(())
    }

    fn mint(&self, storage: &mut dyn Storage, to: &Addr, amount: Coin) -> AnyResult<()> {
        if amount.amount.is_zero() {
            return Ok(());
        }
        let msg = BankSudo::Mint {
            to_address: to.to_string(),
            amount: vec![amount],
        };
        self.router
            .sudo(self.api, storage, self.block, msg.into())?;
        Ok(())
    }

    fn query_bank(&self, storage: &dyn Storage, query: BankQuery) -> AnyResult<Binary> {
        let request = QueryRequest::Bank(query);
        self.router.query(self.api, storage, self.block, request)
    }

    fn query_wasm(&self, storage: &dyn Storage, query: WasmQuery) -> AnyResult<Binary> {
        let request = QueryRequest::Wasm(query);
        self.router.query(self.api, storage, self.block, request)
    }
}

impl Ctx<'_> {
    pub fn pool(&self) -> AnyResult<Addr> {
        module_address(self.api(), STAKING_POOL)
    }

    pub fn send(
        &self,
        storage: &mut dyn Storage,
        from: &Addr,
        to: &Addr,
        amount: Coin,
    ) -> AnyResult<()> {
        let msg = BankMsg::Send {
            to_address: to.to_string(),
            amount: vec![amount],
        };
        self.execute_bank(storage, from, msg)
    }

    pub fn burn(&self, storage: &mut dyn Storage, from: &Addr, amount: Coin) -> AnyResult<()> {
        if amount.amount.is_zero() {
            return Ok(());
        }
        let msg = BankMsg::Burn {
            amount: vec![amount],
        };
        self.execute_bank(storage, from, msg)
    }

    pub fn balance(
        &self,
        storage: &dyn Storage,
        address: &Addr,
        denom: &str,
    ) -> AnyResult<Uint128> {
        let query = BankQuery::Balance {
            address: address.to_string(),
            denom: denom.to_string(),
        };
        let response = self.query_bank(storage, query)?;
        Ok(from_json::<BalanceResponse>(&response)?.amount.amount)
    }

    /// Whether the chain counts `address`'s own delegations as liquid stake. The SDK
    /// LSM fork counts every 32-byte address (contracts, ICA accounts). MockApi makes
    /// every account 32 bytes long, so the model asks x/wasm instead. Gaia v25's
    /// x/liquid counts no plain delegation.
    pub fn is_liquid_staker(
        &self,
        storage: &dyn Storage,
        params: &LsmParams,
        address: &Addr,
    ) -> bool {
        if params.module != LsmModule::SdkStaking {
            return false;
        }
        let query = WasmQuery::ContractInfo {
            contract_addr: address.to_string(),
        };
        self.query_wasm(storage, query).is_ok()
    }

    pub fn withdraw_address(&self, storage: &dyn Storage, delegator: &Addr) -> AnyResult<Addr> {
        Ok(WITHDRAW_ADDRESSES
            .may_load(storage, &[delegator.as_str()])?
            .unwrap_or_else(|| delegator.clone()))
    }
}

/// Pays a delegation's rewards up to the validator's (accrued) index to the delegator's
/// withdraw address; returns the delegation settled and the amount paid.
pub fn settle_rewards(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    params: &LsmParams,
    delegator: &Addr,
    validator: &ValidatorState,
    mut delegation: Delegation,
) -> AnyResult<(Delegation, Uint128)> {
    let paid = rewards::pending_whole(validator, &delegation)?;
    delegation.reward_index = validator.reward_index;
    let to = ctx.withdraw_address(storage, delegator)?;
    ctx.mint(storage, &to, Coin::new(paid, &params.bond_denom))?;
    Ok((delegation, paid))
}

/// The SDK keeper's `Delegate` without the bank move (callers move or keep the tokens):
/// settles the delegation's rewards, issues shares at the current rate.
pub fn bond(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    delegator: &Addr,
    validator: &str,
    amount: Uint128,
) -> AnyResult<Decimal256> {
    let params = load_params(storage)?;
    let mut val = load_validator(storage, validator)?;
    if val.invalid_ex_rate() {
        return Err(LsmError::DelegatorShareExRateInvalid {
            validator: validator.to_string(),
        }
        .into());
    }
    rewards::accrue(&params, &mut val, ctx.block().time)?;
    let delegation = match DELEGATIONS.may_load(storage, &[delegator.as_str(), validator])? {
        Some(existing) => settle_rewards(ctx, storage, &params, delegator, &val, existing)?.0,
        None => Delegation {
            shares: Decimal256::zero(),
            reward_index: val.reward_index,
        },
    };
    let issued = val.add_tokens_from_delegation(amount)?;
    let delegation = Delegation {
        shares: delegation.shares + issued,
        reward_index: val.reward_index,
    };
    DELEGATIONS.save(storage, &[delegator.as_str(), validator], &delegation)?;
    save_validator(storage, &val)?;
    Ok(issued)
}

/// The SDK keeper's `Unbond`: removes shares from a delegation (settling its rewards)
/// and returns the tokens they were worth, which leave the validator.
pub fn unbond(
    ctx: &Ctx,
    storage: &mut dyn Storage,
    delegator: &Addr,
    validator: &str,
    shares: Decimal256,
) -> AnyResult<Uint128> {
    let params = load_params(storage)?;
    let delegation = load_delegation(storage, delegator, validator)?;
    let mut val = load_validator(storage, validator)?;
    rewards::accrue(&params, &mut val, ctx.block().time)?;
    let (mut delegation, _) = settle_rewards(ctx, storage, &params, delegator, &val, delegation)?;
    if delegation.shares < shares {
        return Err(LsmError::NotEnoughDelegationShares {
            have: delegation.shares,
            want: shares,
        }
        .into());
    }
    delegation.shares -= shares;
    if delegation.shares.is_zero() {
        DELEGATIONS.remove(storage, &[delegator.as_str(), validator]);
    } else {
        DELEGATIONS.save(storage, &[delegator.as_str(), validator], &delegation)?;
    }
    let amount = val.remove_delegator_shares(shares)?;
    save_validator(storage, &val)?;
    Ok(amount)
}

/// The shares an unbond (or redelegation, or tokenization) of `amount` tokens takes,
/// as the SDK's `ValidateUnbondAmount`: capped at the delegation's shares so that a
/// whole delegation can leave despite rounding.
pub fn validate_unbond_amount(
    storage: &dyn Storage,
    delegator: &Addr,
    validator: &str,
    amount: Uint128,
) -> Result<Decimal256, LsmError> {
    let val = load_validator(storage, validator)?;
    let delegation = load_delegation(storage, delegator, validator)?;
    let shares = val.shares_from_tokens(amount)?;
    if val.shares_from_tokens_truncated(amount)? > delegation.shares {
        return Err(LsmError::InvalidRequest {
            reason: "invalid shares amount".to_string(),
        });
    }
    Ok(shares.min(delegation.shares))
}
