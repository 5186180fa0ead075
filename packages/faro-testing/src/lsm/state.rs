//! The chain's state: parameters, validators, delegations (as shares), unbonding and
//! redelegation entries, tokenize-share records and the liquid-stake totals.

use cosmwasm_std::{Addr, Decimal, Decimal256, Storage, Timestamp, Uint128};
use faro_types::liquid::LsmModule;
use serde::{Deserialize, Serialize};

use super::error::LsmError;
use super::math;
use super::store::{Item, Map};

/// Chain parameters. The defaults are the Cosmos Hub's today (Gaia v25, x/liquid).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct LsmParams {
    pub bond_denom: String,
    /// Seconds from undelegation (or redelegation) to completion.
    pub unbonding_time: u64,
    /// Unbonding entries per delegator–validator pair, and redelegation entries per
    /// delegator–source–destination triple.
    pub max_entries: u32,
    /// Yearly rewards on a validator's tokens, before its commission.
    pub apr: Decimal,
    /// Liquid stake over total bonded tokens may not exceed this.
    pub global_liquid_staking_cap: Decimal,
    /// A validator's liquid shares over its delegator shares may not exceed this.
    pub validator_liquid_staking_cap: Decimal,
    /// Type URLs of the LSM messages, and which stake counts as liquid (module docs).
    pub module: LsmModule,
}

impl Default for LsmParams {
    fn default() -> Self {
        LsmParams {
            bond_denom: "uatom".to_string(),
            unbonding_time: 21 * 24 * 3600,
            max_entries: 7,
            apr: Decimal::percent(15),
            global_liquid_staking_cap: Decimal::percent(25),
            validator_liquid_staking_cap: Decimal::percent(50),
            module: LsmModule::GaiaLiquid,
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ValidatorState {
    pub operator: String,
    pub commission: Decimal,
    pub max_commission: Decimal,
    pub max_change_rate: Decimal,
    pub tokens: Uint128,
    pub delegator_shares: Decimal256,
    /// Shares held as liquid stake (tokenized, or by liquid stakers: module docs).
    pub liquid_shares: Decimal256,
    pub jailed: bool,
    /// Rewards per share since genesis, net of commission; rewards of a delegation are
    /// its shares × the growth of this index since the delegation last settled.
    pub reward_index: Decimal256,
    pub last_accrual: Timestamp,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Delegation {
    pub shares: Decimal256,
    /// The validator's `reward_index` when this delegation last settled its rewards.
    pub reward_index: Decimal256,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct UnbondingEntry {
    pub creation_height: u64,
    pub completion_time: Timestamp,
    pub initial_balance: Uint128,
    /// What will be paid out: the initial balance less slashes.
    pub balance: Uint128,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RedelegationEntry {
    pub creation_height: u64,
    pub completion_time: Timestamp,
    pub initial_balance: Uint128,
    pub shares_dst: Decimal256,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TokenizeShareRecord {
    pub id: u64,
    /// Receives the rewards of the record's delegation.
    pub owner: Addr,
    /// Holds the record's delegation.
    pub module_account: Addr,
    pub validator: String,
}

pub const PARAMS: Item<LsmParams> = Item::new("params");
/// valoper → validator
pub const VALIDATORS: Map<ValidatorState> = Map::new("validators");
/// (delegator, valoper) → delegation
pub const DELEGATIONS: Map<Delegation> = Map::new("delegations");
/// (delegator, valoper) → unbonding entries, oldest first
pub const UNBONDING: Map<Vec<UnbondingEntry>> = Map::new("unbonding");
/// (delegator, source valoper, destination valoper) → redelegation entries
pub const REDELEGATIONS: Map<Vec<RedelegationEntry>> = Map::new("redelegations");
/// record id → record
pub const RECORDS: Map<TokenizeShareRecord> = Map::new("records");
/// share denom → record id
pub const RECORD_BY_DENOM: Map<u64> = Map::new("record_by_denom");
pub const LAST_RECORD_ID: Item<u64> = Item::new("last_record_id");
/// Tokens counted as liquid stake, chain-wide.
pub const TOTAL_LIQUID_STAKED: Item<Uint128> = Item::new("total_liquid_staked");
/// delegator → where its rewards go, when not to itself
pub const WITHDRAW_ADDRESSES: Map<Addr> = Map::new("withdraw_addresses");

pub fn load_params(storage: &dyn Storage) -> Result<LsmParams, LsmError> {
    PARAMS.may_load(storage)?.ok_or(LsmError::NoGenesis)
}

pub fn load_validator(storage: &dyn Storage, validator: &str) -> Result<ValidatorState, LsmError> {
    VALIDATORS
        .may_load(storage, &[validator])?
        .ok_or_else(|| LsmError::NoValidatorFound {
            validator: validator.to_string(),
        })
}

pub fn save_validator(
    storage: &mut dyn Storage,
    validator: &ValidatorState,
) -> Result<(), LsmError> {
    Ok(VALIDATORS.save(storage, &[&validator.operator], validator)?)
}

pub fn load_delegation(
    storage: &dyn Storage,
    delegator: &Addr,
    validator: &str,
) -> Result<Delegation, LsmError> {
    DELEGATIONS
        .may_load(storage, &[delegator.as_str(), validator])?
        .ok_or_else(|| LsmError::NoDelegation {
            delegator: delegator.to_string(),
            validator: validator.to_string(),
        })
}

pub fn total_liquid_staked(storage: &dyn Storage) -> Result<Uint128, LsmError> {
    Ok(TOTAL_LIQUID_STAKED.may_load(storage)?.unwrap_or_default())
}

/// A redelegation *to* `validator` by `delegator` that has not completed.
pub fn has_receiving_redelegation(
    storage: &dyn Storage,
    delegator: &Addr,
    validator: &str,
) -> Result<bool, LsmError> {
    Ok(REDELEGATIONS
        .range(storage, &[delegator.as_str()])?
        .iter()
        .any(|(key, entries)| key[1] == validator && !entries.is_empty()))
}

/// The exchange rate between tokens and shares, as `x/staking/types/validator.go`.
impl ValidatorState {
    pub fn invalid_ex_rate(&self) -> bool {
        self.tokens.is_zero() && !self.delegator_shares.is_zero()
    }

    pub fn shares_from_tokens(&self, amount: Uint128) -> Result<Decimal256, LsmError> {
        if self.tokens.is_zero() {
            return Err(LsmError::InsufficientShares);
        }
        math::quo_int(math::mul_int(self.delegator_shares, amount)?, self.tokens)
    }

    pub fn shares_from_tokens_truncated(&self, amount: Uint128) -> Result<Decimal256, LsmError> {
        if self.tokens.is_zero() {
            return Err(LsmError::InsufficientShares);
        }
        math::quo_truncate(
            math::mul_int(self.delegator_shares, amount)?,
            math::dec(self.tokens),
        )
    }

    pub fn tokens_from_shares(&self, shares: Decimal256) -> Result<Decimal256, LsmError> {
        if self.delegator_shares.is_zero() {
            return Ok(Decimal256::zero());
        }
        math::quo(math::mul_int(shares, self.tokens)?, self.delegator_shares)
    }

    /// Adds a delegation's tokens; returns the shares issued for them.
    pub fn add_tokens_from_delegation(&mut self, amount: Uint128) -> Result<Decimal256, LsmError> {
        let issued = if self.delegator_shares.is_zero() {
            math::dec(amount)
        } else {
            self.shares_from_tokens(amount)?
        };
        self.tokens = self
            .tokens
            .checked_add(amount)
            .map_err(|_| LsmError::Overflow)?;
        self.delegator_shares = math::checked_add(self.delegator_shares, issued)?;
        Ok(issued)
    }

    /// Removes delegator shares; returns the tokens they were worth. The last share
    /// takes every remaining token.
    pub fn remove_delegator_shares(&mut self, shares: Decimal256) -> Result<Uint128, LsmError> {
        let remaining = math::checked_sub(self.delegator_shares, shares)?;
        let issued = if remaining.is_zero() {
            self.tokens
        } else {
            math::truncate_int(self.tokens_from_shares(shares)?)?
        };
        self.tokens = self
            .tokens
            .checked_sub(issued)
            .map_err(|_| LsmError::Overflow)?;
        self.delegator_shares = remaining;
        Ok(issued)
    }

    pub fn as_cosmwasm(&self) -> cosmwasm_std::Validator {
        cosmwasm_std::Validator::create(
            self.operator.clone(),
            self.commission,
            self.max_commission,
            self.max_change_rate,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator(tokens: u128, shares: u128) -> ValidatorState {
        ValidatorState {
            operator: "valoper".to_string(),
            commission: Decimal::zero(),
            max_commission: Decimal::one(),
            max_change_rate: Decimal::one(),
            tokens: Uint128::new(tokens),
            delegator_shares: math::dec(Uint128::new(shares)),
            liquid_shares: Decimal256::zero(),
            jailed: false,
            reward_index: Decimal256::zero(),
            last_accrual: Timestamp::from_seconds(0),
        }
    }

    #[test]
    fn first_delegation_sets_the_rate_to_one() {
        let mut v = validator(0, 0);
        let issued = v.add_tokens_from_delegation(Uint128::new(100)).unwrap();
        assert_eq!(issued, math::dec(Uint128::new(100)));
        assert_eq!(v.tokens, Uint128::new(100));
    }

    #[test]
    fn a_slashed_validator_issues_more_shares_per_token() {
        // 900 tokens for 1000 shares: 1 token buys 1.111… shares.
        let mut v = validator(900, 1000);
        let issued = v.add_tokens_from_delegation(Uint128::new(9)).unwrap();
        assert_eq!(issued, math::dec(Uint128::new(10)));
        assert_eq!(
            v.tokens_from_shares(math::dec(Uint128::new(10))).unwrap(),
            math::dec(Uint128::new(9))
        );
    }

    #[test]
    fn removing_shares_truncates_and_the_last_share_takes_the_rest() {
        let mut v = validator(10, 3);
        // 1 share = 3.333… tokens → 3.
        assert_eq!(
            v.remove_delegator_shares(math::dec(Uint128::new(1)))
                .unwrap(),
            Uint128::new(3)
        );
        assert_eq!(
            v.remove_delegator_shares(math::dec(Uint128::new(2)))
                .unwrap(),
            Uint128::new(7)
        );
        assert!(v.tokens.is_zero() && v.delegator_shares.is_zero());
    }

    #[test]
    fn no_tokens_means_no_rate() {
        let v = validator(0, 5);
        assert!(v.invalid_ex_rate());
        assert_eq!(
            v.shares_from_tokens(Uint128::one()),
            Err(LsmError::InsufficientShares)
        );
    }
}
