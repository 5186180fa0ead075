//! Deploys every Faro contract and wires them together in one pass: each address is
//! predicted with instantiate2 (code checksum, deployer, salt) before anything is
//! instantiated, so that contracts which name each other can be created in any order.
//! The real-chain deploy client follows the same plan.

use anyhow::{ensure, Result};
use cosmwasm_std::{instantiate2_address, Addr, Api, Decimal, Uint128};
use cw20::Cw20Coin;
use cw_multi_test::Executor;
use faro_types::token::TokenMetadata;
use faro_types::{
    dao, heavy_lst, hub, lsm_tokenizer, operator_registry, oracle, oracle_gateway, prover_pool,
    wrapped_lst,
};
use serde::Serialize;

use crate::chain::{account, FaroApp, DENOM, LSM_MODULE, UNBONDING_TIME};
use crate::codes::Codes;

/// The smallest bond that makes an operator active in phase 2.
pub const MIN_BOND: Uint128 = Uint128::new(1_000_000_000);
/// The registry's ceiling on light commissions.
pub const MAX_LIGHT_COMMISSION: Decimal = Decimal::percent(20);

/// Who acts in the deployment.
#[derive(Debug, Clone)]
pub struct Roles {
    /// Instantiates everything; keeps no power afterwards.
    pub deployer: Addr,
    /// Owner and wasm admin of every contract (the phase-1 multisig's seat).
    pub governance: Addr,
    /// The relayer: the oracle's first member and the prover pool's reporter.
    pub relayer: Addr,
}

impl Default for Roles {
    fn default() -> Self {
        Roles {
            deployer: account("deployer"),
            governance: account("governance"),
            relayer: account("relayer"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Contracts {
    pub hub: Addr,
    pub lsm_tokenizer: Addr,
    pub heavy_lst: Addr,
    pub wrapped_lst: Addr,
    pub operator_registry: Addr,
    pub oracle: Addr,
    /// The oracle's `faro-1` IBC end.
    pub oracle_gateway: Addr,
    pub prover_pool: Addr,
    pub dao: Addr,
    /// The light LSTs the registry instantiated, in the order of the suite's operators
    /// that offer light services.
    pub light_lsts: Vec<Addr>,
    /// The FRO governance token (cw20-base).
    pub fro: Addr,
}

impl Contracts {
    /// Every Faro contract with its name, the first light LST standing for all of them.
    pub fn faro(&self) -> Vec<(&'static str, Addr)> {
        let mut all = vec![
            ("hub", self.hub.clone()),
            ("lsm-tokenizer", self.lsm_tokenizer.clone()),
            ("heavy-lst", self.heavy_lst.clone()),
            ("wrapped-lst", self.wrapped_lst.clone()),
            ("operator-registry", self.operator_registry.clone()),
            ("oracle", self.oracle.clone()),
            ("oracle-gateway", self.oracle_gateway.clone()),
            ("prover-pool", self.prover_pool.clone()),
            ("dao", self.dao.clone()),
        ];
        all.extend(
            self.light_lsts
                .first()
                .map(|light| ("light-lst", light.clone())),
        );
        all
    }
}

struct Deployer<'a> {
    app: &'a mut FaroApp,
    roles: &'a Roles,
}

impl Deployer<'_> {
    fn predict(&self, code_id: u64, salt: &str) -> Result<Addr> {
        let checksum = self.app.wrap().query_wasm_code_info(code_id)?.checksum;
        let creator = self
            .app
            .api()
            .addr_canonicalize(self.roles.deployer.as_str())?;
        let address = instantiate2_address(checksum.as_slice(), &creator, salt.as_bytes())?;
        Ok(self.app.api().addr_humanize(&address)?)
    }

    fn instantiate<M: Serialize>(
        &mut self,
        code_id: u64,
        salt: &str,
        msg: &M,
        expected: &Addr,
    ) -> Result<Addr> {
        let addr = self.app.instantiate2_contract(
            code_id,
            self.roles.deployer.clone(),
            msg,
            &[],
            format!("faro {salt}"),
            Some(self.roles.governance.to_string()),
            salt.as_bytes(),
        )?;
        ensure!(
            addr == *expected,
            "{salt} landed at {addr}, not at {expected}"
        );
        Ok(addr)
    }
}

/// Deploys and wires every contract. Light LSTs come later, from the registry, as
/// operators offer light services.
pub fn deploy(app: &mut FaroApp, codes: &Codes, roles: &Roles) -> Result<Contracts> {
    let mut deployer = Deployer { app, roles };
    let contracts = Contracts {
        hub: deployer.predict(codes.hub, "hub")?,
        lsm_tokenizer: deployer.predict(codes.lsm_tokenizer, "lsm-tokenizer")?,
        heavy_lst: deployer.predict(codes.heavy_lst, "heavy-lst")?,
        wrapped_lst: deployer.predict(codes.wrapped_lst, "wrapped-lst")?,
        operator_registry: deployer.predict(codes.operator_registry, "operator-registry")?,
        oracle: deployer.predict(codes.oracle, "oracle")?,
        oracle_gateway: deployer.predict(codes.oracle_gateway, "oracle-gateway")?,
        prover_pool: deployer.predict(codes.prover_pool, "prover-pool")?,
        dao: deployer.predict(codes.dao, "dao")?,
        light_lsts: vec![],
        fro: deployer.predict(codes.cw20, "fro")?,
    };
    let messages = Messages {
        roles,
        codes,
        contracts: &contracts,
    };
    let c = &contracts;
    deployer.instantiate(codes.hub, "hub", &messages.hub(), &c.hub)?;
    deployer.instantiate(
        codes.lsm_tokenizer,
        "lsm-tokenizer",
        &messages.tokenizer(),
        &c.lsm_tokenizer,
    )?;
    deployer.instantiate(
        codes.heavy_lst,
        "heavy-lst",
        &messages.heavy_lst(),
        &c.heavy_lst,
    )?;
    deployer.instantiate(
        codes.wrapped_lst,
        "wrapped-lst",
        &messages.wrapped_lst(),
        &c.wrapped_lst,
    )?;
    deployer.instantiate(
        codes.operator_registry,
        "operator-registry",
        &messages.registry(),
        &c.operator_registry,
    )?;
    deployer.instantiate(codes.oracle, "oracle", &messages.oracle(), &c.oracle)?;
    deployer.instantiate(
        codes.oracle_gateway,
        "oracle-gateway",
        &messages.oracle_gateway(),
        &c.oracle_gateway,
    )?;
    deployer.instantiate(
        codes.prover_pool,
        "prover-pool",
        &messages.prover_pool(),
        &c.prover_pool,
    )?;
    deployer.instantiate(codes.dao, "dao", &messages.dao(), &c.dao)?;
    deployer.instantiate(codes.cw20, "fro", &messages.fro(), &c.fro)?;
    Ok(contracts)
}

/// The launch configuration of each contract, naming the others by predicted address.
struct Messages<'a> {
    roles: &'a Roles,
    codes: &'a Codes,
    contracts: &'a Contracts,
}

impl Messages<'_> {
    fn owner(&self) -> String {
        self.roles.governance.to_string()
    }

    fn hub(&self) -> hub::InstantiateMsg {
        hub::InstantiateMsg {
            owner: self.owner(),
            denom: DENOM.to_string(),
            heavy_lst: self.contracts.heavy_lst.to_string(),
            tokenizer: self.contracts.lsm_tokenizer.to_string(),
            registry: self.contracts.operator_registry.to_string(),
            treasury: self.contracts.dao.to_string(),
            epoch_period: UNBONDING_TIME.div_ceil(hub::MAX_UNBONDING_ENTRIES),
            unbonding_period: UNBONDING_TIME,
            fees: hub::FeeConfig::default(),
            light_budget: hub::DEFAULT_LIGHT_BUDGET,
        }
    }

    fn tokenizer(&self) -> lsm_tokenizer::InstantiateMsg {
        lsm_tokenizer::InstantiateMsg {
            owner: self.owner(),
            hub: self.contracts.hub.to_string(),
            denom: DENOM.to_string(),
            lsm_module: LSM_MODULE,
        }
    }

    fn heavy_lst(&self) -> heavy_lst::InstantiateMsg {
        heavy_lst::InstantiateMsg {
            owner: self.owner(),
            hub: self.contracts.hub.to_string(),
            token: token("Faro staked ATOM", "stATOM"),
        }
    }

    fn wrapped_lst(&self) -> wrapped_lst::InstantiateMsg {
        wrapped_lst::InstantiateMsg {
            owner: self.owner(),
            heavy_lst: self.contracts.heavy_lst.to_string(),
            token: token("Faro wrapped staked ATOM", "wstATOM"),
        }
    }

    fn registry(&self) -> operator_registry::InstantiateMsg {
        operator_registry::InstantiateMsg {
            owner: self.owner(),
            bond_denom: DENOM.to_string(),
            min_bond: MIN_BOND,
            max_leverage: operator_registry::DEFAULT_MAX_LEVERAGE,
            max_commission: MAX_LIGHT_COMMISSION,
            exit_period: UNBONDING_TIME,
            permissionless: false,
            treasury: self.contracts.dao.to_string(),
            oracle: Some(self.contracts.oracle.to_string()),
            light_lst_code_id: self.codes.light_lst,
            token_symbol: "ATOM".to_string(),
            token_decimals: 6,
        }
    }

    fn oracle(&self) -> oracle::InstantiateMsg {
        oracle::InstantiateMsg {
            owner: self.owner(),
            hub: self.contracts.hub.to_string(),
            registry: self.contracts.operator_registry.to_string(),
            denom: DENOM.to_string(),
            gateway: Some(self.contracts.oracle_gateway.to_string()),
            members: vec![oracle::MemberInput {
                addr: self.roles.relayer.to_string(),
                weight: 1,
            }],
            threshold: 1,
            staleness: 24 * 3600,
            max_rate_change: Decimal::percent(1),
        }
    }

    /// No reporter until the rollup's settlement chain has one to name.
    fn oracle_gateway(&self) -> oracle_gateway::InstantiateMsg {
        oracle_gateway::InstantiateMsg {
            owner: self.owner(),
            oracle: self.contracts.oracle.to_string(),
            reporter: None,
        }
    }

    fn prover_pool(&self) -> prover_pool::InstantiateMsg {
        prover_pool::InstantiateMsg {
            owner: self.owner(),
            stake_token: self.contracts.wrapped_lst.to_string(),
            fee_denom: DENOM.to_string(),
            treasury: self.contracts.dao.to_string(),
            relayer: self.roles.relayer.to_string(),
            min_capacity: 1,
            min_stake_per_capacity: Uint128::new(1_000_000),
            initial_fee_per_gas: Decimal::permille(25),
            initial_proof_delay: 30 * 60,
            max_open_blocks: 16,
            slash_fraction: Decimal::percent(5),
            slash_reward_multiple: 10,
        }
    }

    fn dao(&self) -> dao::InstantiateMsg {
        dao::InstantiateMsg {
            owner: self.owner(),
            gov_token: self.contracts.fro.to_string(),
            unstaking_period: 14 * 24 * 3600,
            voting_period: 7 * 24 * 3600,
            threshold: Decimal::percent(51),
            quorum: Decimal::percent(33),
        }
    }

    fn fro(&self) -> cw20_base::msg::InstantiateMsg {
        cw20_base::msg::InstantiateMsg {
            name: "Faro governance".to_string(),
            symbol: "FRO".to_string(),
            decimals: 6,
            initial_balances: vec![Cw20Coin {
                address: self.owner(),
                amount: Uint128::new(100_000_000_000_000),
            }],
            mint: None,
            marketing: None,
        }
    }
}

fn token(name: &str, symbol: &str) -> TokenMetadata {
    TokenMetadata {
        name: name.to_string(),
        symbol: symbol.to_string(),
        decimals: 6,
    }
}
