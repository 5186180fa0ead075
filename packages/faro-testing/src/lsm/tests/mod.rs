//! Tests of the chain model, through `App` as contracts and the Suite use it. The
//! fixture: three validators with 1,000,000 self-bonded each, and funded accounts.

/// Asserts that `$result` failed with the model's error matching `$pattern`.
macro_rules! assert_lsm_err {
    ($result:expr, $pattern:pat) => {
        let error = $crate::lsm::tests::err($result);
        assert!(matches!(error, $pattern), "unexpected error: {error:?}");
    };
}

mod caps;
mod liquid;
mod proxy;
mod rewards;
mod slashing;
mod staking;
mod wiring;

use anyhow::Result as AnyResult;
use cosmwasm_std::testing::MockApi;
use cosmwasm_std::{
    coin, coins, Addr, Coin, CosmosMsg, Decimal, DistributionMsg, FullDelegation, StakingMsg,
    Uint128,
};
use cw_multi_test::{AppResponse, Executor};
use faro_types::liquid::{decode_redeem_response, decode_tokenize_response, LsmModule};

use super::{
    lsm_error, start, Genesis, GenesisValidator, LsmApp, LsmChain, LsmError, LsmParams,
    RedelegationEntry, UnbondingEntry,
};

pub const DENOM: &str = "uatom";
pub const SELF_BOND: u128 = 1_000_000;
pub const FUNDS: u128 = 1_000_000_000;
pub const DAY: u64 = 24 * 3600;
pub const YEAR: u64 = 365 * DAY;

pub fn addr(name: &str) -> Addr {
    MockApi::default().addr_make(name)
}

pub fn valoper(i: usize) -> String {
    MockApi::default()
        .with_prefix("cosmwasmvaloper")
        .addr_make(&format!("validator{i}"))
        .to_string()
}

pub fn self_delegator(i: usize) -> Addr {
    addr(&format!("self{i}"))
}

pub struct Chain {
    pub app: LsmApp,
}

impl Chain {
    /// Hub parameters, but caps at 100% so that only cap tests meet them.
    pub fn new() -> Self {
        Self::with_params(LsmParams {
            global_liquid_staking_cap: Decimal::one(),
            validator_liquid_staking_cap: Decimal::one(),
            ..LsmParams::default()
        })
    }

    pub fn with_params(params: LsmParams) -> Self {
        let validators = (0..3)
            .map(|i| GenesisValidator::new(valoper(i), self_delegator(i), SELF_BOND))
            .collect();
        let balances = ["alice", "bob", "carol"]
            .iter()
            .map(|name| (addr(name), coins(FUNDS, DENOM)))
            .collect();
        let genesis = Genesis {
            params,
            validators,
            balances,
        };
        Chain {
            app: start(&genesis).expect("genesis"),
        }
    }

    /// Alice, and a chain where she has delegated `amount` to `val`.
    pub fn with_alice_delegating(val: usize, amount: u128) -> (Addr, Self) {
        let alice = addr("alice");
        let mut chain = Self::new();
        chain.delegate(&alice, val, amount).unwrap();
        (alice, chain)
    }

    pub fn module(&self) -> LsmModule {
        self.app.lsm_params().unwrap().module
    }

    pub fn exec(&mut self, sender: &Addr, msg: impl Into<CosmosMsg>) -> AnyResult<AppResponse> {
        self.app.execute(sender.clone(), msg.into())
    }

    pub fn delegate(&mut self, who: &Addr, val: usize, amount: u128) -> AnyResult<AppResponse> {
        let msg = StakingMsg::Delegate {
            validator: valoper(val),
            amount: coin(amount, DENOM),
        };
        self.exec(who, msg)
    }

    pub fn undelegate(&mut self, who: &Addr, val: usize, amount: u128) -> AnyResult<AppResponse> {
        let msg = StakingMsg::Undelegate {
            validator: valoper(val),
            amount: coin(amount, DENOM),
        };
        self.exec(who, msg)
    }

    pub fn redelegate(
        &mut self,
        who: &Addr,
        src: usize,
        dst: usize,
        amount: u128,
    ) -> AnyResult<AppResponse> {
        let msg = StakingMsg::Redelegate {
            src_validator: valoper(src),
            dst_validator: valoper(dst),
            amount: coin(amount, DENOM),
        };
        self.exec(who, msg)
    }

    pub fn withdraw_rewards(&mut self, who: &Addr, val: usize) -> AnyResult<AppResponse> {
        let msg = DistributionMsg::WithdrawDelegatorReward {
            validator: valoper(val),
        };
        self.exec(who, msg)
    }

    /// Tokenizes `amount` of `who`'s delegation to `val`; returns the share tokens.
    pub fn tokenize(
        &mut self,
        who: &Addr,
        val: usize,
        amount: u128,
        owner: &Addr,
    ) -> AnyResult<Coin> {
        let msg = self
            .module()
            .tokenize_msg(who, valoper(val), coin(amount, DENOM), owner);
        let response = self.exec(who, msg)?;
        Ok(decode_tokenize_response(&response.data.expect("data"))?)
    }

    /// Redeems share tokens; returns the tokens delegated for them.
    pub fn redeem(&mut self, who: &Addr, shares: Coin) -> AnyResult<Coin> {
        let msg = self.module().redeem_msg(who, shares);
        let response = self.exec(who, msg)?;
        Ok(decode_redeem_response(&response.data.expect("data"))?)
    }

    pub fn balance(&self, who: &Addr, denom: &str) -> u128 {
        self.app
            .wrap()
            .query_balance(who, denom)
            .unwrap()
            .amount
            .u128()
    }

    pub fn delegation(&self, who: &Addr, val: usize) -> Option<FullDelegation> {
        self.app.wrap().query_delegation(who, valoper(val)).unwrap()
    }

    /// The delegation's worth in tokens, 0 without one.
    pub fn delegated(&self, who: &Addr, val: usize) -> u128 {
        self.delegation(who, val)
            .map_or(0, |d| d.amount.amount.u128())
    }

    /// The validator's tokens.
    pub fn tokens(&self, val: usize) -> u128 {
        self.app
            .validator_state(&valoper(val))
            .unwrap()
            .tokens
            .u128()
    }

    pub fn unbonding_time(&self) -> u64 {
        self.app.lsm_params().unwrap().unbonding_time
    }

    pub fn unbonding(&self, who: &Addr, val: usize) -> Vec<UnbondingEntry> {
        self.app.unbonding_entries(who, &valoper(val)).unwrap()
    }

    pub fn redelegations(&self, who: &Addr, src: usize, dst: usize) -> Vec<RedelegationEntry> {
        self.app
            .redelegation_entries(who, &valoper(src), &valoper(dst))
            .unwrap()
    }

    pub fn set_withdraw_address(&mut self, who: &Addr, to: &Addr) -> AnyResult<AppResponse> {
        let msg = DistributionMsg::SetWithdrawAddress {
            address: to.to_string(),
        };
        self.exec(who, msg)
    }

    pub fn withdraw_address(&self, who: &Addr) -> Addr {
        self.app
            .wrap()
            .query_delegator_withdraw_address(who)
            .unwrap()
    }

    /// The pool holds exactly the validators' tokens and the unbonding balances; no
    /// share token exists without its record.
    pub fn assert_backed(&self) {
        let mut owed = Uint128::zero();
        for i in 0..3 {
            owed += self.app.validator_state(&valoper(i)).unwrap().tokens;
        }
        for who in ["alice", "bob", "carol", "self0", "self1", "self2"] {
            for i in 0..3 {
                owed += self
                    .app
                    .unbonding_entries(&addr(who), &valoper(i))
                    .unwrap()
                    .iter()
                    .map(|e| e.balance)
                    .sum::<Uint128>();
            }
        }
        let pool = self.app.staking_pool().unwrap();
        assert_eq!(self.balance(&pool, DENOM), owed.u128(), "pool vs stake");
    }
}

/// The model's typed error behind a failed execution.
pub fn err(result: AnyResult<impl std::fmt::Debug>) -> LsmError {
    let err = result.expect_err("should fail");
    lsm_error(&err)
        .cloned()
        .unwrap_or_else(|| panic!("not an LsmError: {err:?}"))
}
