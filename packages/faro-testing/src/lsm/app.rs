//! Building an app on the chain model ([`start`], or [`app_builder`] + [`init_genesis`]),
//! and [`LsmChain`], the test-only controls and read-outs a scenario needs: slash, jail,
//! caps, time.

use anyhow::Result as AnyResult;
use cosmwasm_std::testing::{mock_env, MockApi, MockStorage};
use cosmwasm_std::{
    coins, Addr, Api, BlockInfo, Coin, CustomMsg, CustomQuery, Decimal, Decimal256, Empty, Storage,
    Uint128,
};
use cw_multi_test::{
    App, AppBuilder, AppResponse, Bank, BankKeeper, FailingModule, Gov, GovFailingModule, Ibc,
    IbcFailingModule, Module, Wasm, WasmKeeper,
};
use serde::de::DeserializeOwned;

use super::caps;
use super::distribution::LsmDistribution;
use super::error::LsmError;
use super::keeper::{event_response, module_address, Routed, STAKING_POOL};
use super::liquid;
use super::math;
use super::slashing;
use super::staking::LsmStaking;
use super::stargate::LsmStargate;
use super::state::{
    load_params, load_validator, total_liquid_staked, Delegation, LsmParams, RedelegationEntry,
    TokenizeShareRecord, UnbondingEntry, ValidatorState, DELEGATIONS, PARAMS, REDELEGATIONS,
    UNBONDING, VALIDATORS,
};

/// `$generic` (`App` or `AppBuilder`) with cw-multi-test's defaults and this chain's
/// staking, distribution and LSM, so that both aliases name the same modules.
macro_rules! with_lsm_modules {
    ($generic:ident) => {
        $generic<
            BankKeeper,
            MockApi,
            MockStorage,
            FailingModule<Empty, Empty, Empty>,
            WasmKeeper<Empty, Empty>,
            LsmStaking,
            LsmDistribution,
            IbcFailingModule,
            GovFailingModule,
            LsmStargate,
        >
    };
}

/// cw-multi-test's default app with this chain's staking, distribution and LSM.
pub type LsmApp = with_lsm_modules!(App);

pub type LsmAppBuilder = with_lsm_modules!(AppBuilder);

/// cw-multi-test's default builder with the chain model's modules; build it with a
/// closure that calls [`init_genesis`].
pub fn app_builder() -> LsmAppBuilder {
    AppBuilder::new()
        .with_staking(LsmStaking::default())
        .with_distribution(LsmDistribution::default())
        .with_stargate(LsmStargate)
}

#[derive(Clone, Debug)]
pub struct GenesisValidator {
    /// The valoper address; any string, the model does not check its prefix.
    pub operator: String,
    pub commission: Decimal,
    /// Bonded at genesis, by `self_delegator`.
    pub self_bond: Uint128,
    pub self_delegator: Addr,
}

impl GenesisValidator {
    /// 5% commission; `self_bond` delegated by `self_delegator`.
    pub fn new(operator: impl Into<String>, self_delegator: Addr, self_bond: u128) -> Self {
        GenesisValidator {
            operator: operator.into(),
            commission: Decimal::percent(5),
            self_bond: Uint128::new(self_bond),
            self_delegator,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Genesis {
    pub params: LsmParams,
    pub validators: Vec<GenesisValidator>,
    /// Starting balances; an address listed twice keeps its last entry.
    pub balances: Vec<(Addr, Vec<Coin>)>,
}

/// Writes the genesis state: params, validators with their self-bonds (held by the
/// staking pool) and the balances. Call it inside `AppBuilder::build`.
pub fn init_genesis(
    bank: &BankKeeper,
    api: &dyn Api,
    storage: &mut dyn Storage,
    block: &BlockInfo,
    genesis: &Genesis,
) -> AnyResult<()> {
    let params = &genesis.params;
    slashing::check_caps(
        params.global_liquid_staking_cap,
        params.validator_liquid_staking_cap,
    )?;
    PARAMS.save(storage, params)?;
    let mut bonded = Uint128::zero();
    for v in &genesis.validators {
        if VALIDATORS.has(storage, &[&v.operator]) {
            return Err(LsmError::ValidatorExists {
                validator: v.operator.clone(),
            }
            .into());
        }
        let shares = math::dec(v.self_bond);
        let state = ValidatorState {
            operator: v.operator.clone(),
            commission: v.commission,
            max_commission: Decimal::one(),
            max_change_rate: Decimal::percent(1),
            tokens: v.self_bond,
            delegator_shares: shares,
            liquid_shares: Decimal256::zero(),
            jailed: false,
            reward_index: Decimal256::zero(),
            last_accrual: block.time,
        };
        VALIDATORS.save(storage, &[&v.operator], &state)?;
        if !v.self_bond.is_zero() {
            let delegation = Delegation {
                shares,
                reward_index: Decimal256::zero(),
            };
            let key = [v.self_delegator.as_str(), v.operator.as_str()];
            DELEGATIONS.save(storage, &key, &delegation)?;
        }
        bonded += v.self_bond;
    }
    if !bonded.is_zero() {
        let pool = module_address(api, STAKING_POOL)?;
        bank.init_balance(storage, &pool, coins(bonded.u128(), &params.bond_denom))?;
    }
    for (address, balance) in &genesis.balances {
        bank.init_balance(storage, address, balance.clone())?;
    }
    Ok(())
}

/// A new app on the chain model at `mock_env()`'s block.
pub fn start(genesis: &Genesis) -> AnyResult<LsmApp> {
    let block = mock_env().block;
    let mut result = Ok(());
    let app = app_builder()
        .with_block(block.clone())
        .build(|router, api, storage| {
            result = init_genesis(&router.bank, api, storage, &block, genesis);
        });
    result.map(|()| app)
}

/// Test controls and read-outs of the chain model. Slashing and jailing write directly
/// to the app's storage, outside a transaction; they check their input before writing.
pub trait LsmChain {
    /// Slashes `fraction` of the validator's tokens and of every unbonding and
    /// redelegation entry of it still in flight (an infraction before all of them).
    fn slash(&mut self, validator: &str, fraction: Decimal) -> AnyResult<AppResponse>;
    /// Slashes as the SDK does for an infraction at `infraction_height`: only entries
    /// created at or after it lose stake; at the current height, none.
    fn slash_at(
        &mut self,
        validator: &str,
        fraction: Decimal,
        infraction_height: u64,
    ) -> AnyResult<AppResponse>;
    fn jail(&mut self, validator: &str) -> AnyResult<()>;
    fn unjail(&mut self, validator: &str) -> AnyResult<()>;
    fn set_caps(&mut self, global: Decimal, validator: Decimal) -> AnyResult<()>;
    /// Moves time by `seconds` and height by one block per 5 s (at least one), then
    /// completes due unbondings and redelegations.
    fn advance(&mut self, seconds: u64);

    fn lsm_params(&self) -> AnyResult<LsmParams>;
    fn staking_pool(&self) -> AnyResult<Addr>;
    fn validator_state(&self, validator: &str) -> AnyResult<ValidatorState>;
    fn delegation_shares(&self, delegator: &Addr, validator: &str) -> AnyResult<Decimal256>;
    fn unbonding_entries(
        &self,
        delegator: &Addr,
        validator: &str,
    ) -> AnyResult<Vec<UnbondingEntry>>;
    fn redelegation_entries(
        &self,
        delegator: &Addr,
        src: &str,
        dst: &str,
    ) -> AnyResult<Vec<RedelegationEntry>>;
    fn tokenize_records(&self) -> AnyResult<Vec<TokenizeShareRecord>>;
    /// What `amount` share tokens of `denom` are worth in bond-denom tokens now.
    fn share_value(&self, denom: &str, amount: Uint128) -> AnyResult<Option<Uint128>>;
    fn total_liquid_staked(&self) -> AnyResult<Uint128>;
    /// Tokens of unjailed validators: the denominator of the global cap.
    fn total_bonded(&self) -> AnyResult<Uint128>;
}

impl<BankT, ApiT, StorageT, CustomT, WasmT, IbcT, GovT> LsmChain
    for App<
        BankT,
        ApiT,
        StorageT,
        CustomT,
        WasmT,
        LsmStaking,
        LsmDistribution,
        IbcT,
        GovT,
        LsmStargate,
    >
where
    CustomT::ExecT: CustomMsg + DeserializeOwned + 'static,
    CustomT::QueryT: CustomQuery + DeserializeOwned + 'static,
    WasmT: Wasm<CustomT::ExecT, CustomT::QueryT>,
    BankT: Bank,
    ApiT: Api,
    StorageT: Storage,
    CustomT: Module,
    IbcT: Ibc,
    GovT: Gov,
{
    fn slash(&mut self, validator: &str, fraction: Decimal) -> AnyResult<AppResponse> {
        self.slash_at(validator, fraction, 0)
    }

    fn slash_at(
        &mut self,
        validator: &str,
        fraction: Decimal,
        infraction_height: u64,
    ) -> AnyResult<AppResponse> {
        let block = self.block_info();
        let event = self.init_modules(|router, api, storage| {
            let ctx = Routed {
                api,
                router: &*router,
                block: &block,
            };
            slashing::slash(&ctx, storage, validator, fraction, infraction_height)
        })?;
        Ok(event_response(event))
    }

    fn jail(&mut self, validator: &str) -> AnyResult<()> {
        let now = self.block_info().time;
        slashing::set_jailed(self.storage_mut(), validator, true, now)
    }

    fn unjail(&mut self, validator: &str) -> AnyResult<()> {
        let now = self.block_info().time;
        slashing::set_jailed(self.storage_mut(), validator, false, now)
    }

    fn set_caps(&mut self, global: Decimal, validator: Decimal) -> AnyResult<()> {
        slashing::set_caps(self.storage_mut(), global, validator)
    }

    fn advance(&mut self, seconds: u64) {
        self.update_block(|block| {
            block.time = block.time.plus_seconds(seconds);
            block.height += (seconds / 5).max(1);
        });
    }

    fn lsm_params(&self) -> AnyResult<LsmParams> {
        Ok(load_params(self.storage())?)
    }

    fn staking_pool(&self) -> AnyResult<Addr> {
        module_address(self.api(), STAKING_POOL)
    }

    fn validator_state(&self, validator: &str) -> AnyResult<ValidatorState> {
        Ok(load_validator(self.storage(), validator)?)
    }

    fn delegation_shares(&self, delegator: &Addr, validator: &str) -> AnyResult<Decimal256> {
        Ok(DELEGATIONS
            .may_load(self.storage(), &[delegator.as_str(), validator])?
            .map(|d| d.shares)
            .unwrap_or_default())
    }

    fn unbonding_entries(
        &self,
        delegator: &Addr,
        validator: &str,
    ) -> AnyResult<Vec<UnbondingEntry>> {
        Ok(UNBONDING
            .may_load(self.storage(), &[delegator.as_str(), validator])?
            .unwrap_or_default())
    }

    fn redelegation_entries(
        &self,
        delegator: &Addr,
        src: &str,
        dst: &str,
    ) -> AnyResult<Vec<RedelegationEntry>> {
        Ok(REDELEGATIONS
            .may_load(self.storage(), &[delegator.as_str(), src, dst])?
            .unwrap_or_default())
    }

    fn tokenize_records(&self) -> AnyResult<Vec<TokenizeShareRecord>> {
        liquid::records(self.storage())
    }

    fn share_value(&self, denom: &str, amount: Uint128) -> AnyResult<Option<Uint128>> {
        liquid::share_value(self.storage(), denom, amount)
    }

    fn total_liquid_staked(&self) -> AnyResult<Uint128> {
        Ok(total_liquid_staked(self.storage())?)
    }

    fn total_bonded(&self) -> AnyResult<Uint128> {
        Ok(caps::total_bonded(self.storage())?)
    }
}
